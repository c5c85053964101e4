namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>Builds property paths in Pulumi's notation: <c>a.b[0]</c>, <c>a["x.y"]</c>.</summary>
public static class PropertyPath
{
    public static string Property(string parent, string key)
    {
        var plain = IsPlain(key);
        if (parent.Length == 0)
        {
            return plain ? key : Quoted(key);
        }
        return plain ? $"{parent}.{key}" : parent + Quoted(key);
    }

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static string Quoted(string key) => $"[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    // A key written bare: [A-Za-z_$][A-Za-z0-9_$-]*. A loop, not a regex: Check builds a path for
    // every property of every resource.
    private static bool IsPlain(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] is '_' or '$'))
        {
            return false;
        }
        foreach (var c in key.AsSpan(1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
