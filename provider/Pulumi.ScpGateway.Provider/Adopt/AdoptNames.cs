using System.Text;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// Readable resource names from SCP names and paths, valid as Pulumi YAML names and C# identifiers:
/// camelCase words (<c>/users/{user-id}</c> GET is <c>getUsersUserId</c>), the API's name in front when
/// several APIs are adopted, a number behind when a name is taken. The same objects get the same names on every run.
/// </summary>
public sealed class AdoptNames
{
    // C# keywords a path segment or SCP name could spell; such a name gets a suffix.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "var", "await", "async", "yield", "record", "value", "args",
    };

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Name(FoundObject found, bool prefixApi)
    {
        IEnumerable<string> parts = found.Type == "Api" ? [found.Api?.Name ?? "api"] : found.NameParts;
        if (prefixApi && found.Api is { } api && found.Type != "Api")
        {
            parts = [api.Name, .. parts];
        }
        var name = CamelCase(parts);
        if (Keywords.Contains(name))
        {
            name += found.Type;
        }
        var unique = name;
        for (var n = 2; !_taken.Add(unique); n++)
        {
            unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return unique;
    }

    /// <summary>Words split at anything but letters and digits, lower-cased, joined camelCase; never starting with a digit.</summary>
    public static string CamelCase(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var word in parts.SelectMany(part => Words(part)))
        {
            var lower = word.ToLowerInvariant();
            text.Append(text.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..]);
        }
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            text.Insert(0, text.Length == 0 ? "resource" : "r");
        }
        return text.ToString();
    }

    private static IEnumerable<string> Words(string part)
    {
        var word = new StringBuilder();
        foreach (var c in part)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
