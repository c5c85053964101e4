namespace Pulumi.ScpGateway.Framework;

/// <summary>Reads a URN <c>urn:pulumi:stack::project::parent$type::name</c> (the name may itself hold "::").</summary>
public static class Urns
{
    public static string NameOf(string urn) => Split(urn) is { Length: 4 } parts ? parts[3] : urn;

    public static string TypeOf(string urn)
    {
        if (Split(urn) is not { Length: 4 } parts)
        {
            return "";
        }
        // The type part may be qualified by its parents' types: parent$child.
        var qualified = parts[2];
        var at = qualified.LastIndexOf('$');
        return at < 0 ? qualified : qualified[(at + 1)..];
    }

    private static string[] Split(string urn) => urn.Split("::", 4);
}
