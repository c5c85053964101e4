using System.Text;
using System.Text.Json;

namespace Pulumi.ScpGateway.Scp.Json;

/// <summary>
/// Parses the flat Python dict literals SCP puts in strings (<c>{'a': 'x', "b" : True}</c>).
/// Only what those fields use: one level, quoted keys, quoted or bare scalar values.
/// </summary>
internal static class PythonDict
{
    public static Dictionary<string, bool> ParseFlags(string text)
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        var body = text.Trim();
        if (body.Length == 0)
        {
            return map;
        }
        if (body[0] != '{' || body[^1] != '}')
        {
            throw new JsonException("Expected a dict literal like {'name': True}.");
        }
        foreach (var entry in SplitOutsideQuotes(body[1..^1], ','))
        {
            if (string.IsNullOrWhiteSpace(entry))
            {
                continue;
            }
            var pair = SplitOutsideQuotes(entry, ':');
            if (pair.Count != 2)
            {
                throw new JsonException("Expected 'name': value entries in the dict literal.");
            }
            map[Unquote(pair[0])] = Flag(Unquote(pair[1]));
        }
        return map;
    }

    /// <summary>True/true/"true" are true; False, other words and empty are false.</summary>
    public static bool Flag(string? value) => bool.TryParse(value?.Trim(), out var flag) && flag;

    private static string Unquote(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && (trimmed[0] == '\'' || trimmed[0] == '"') && trimmed[^1] == trimmed[0])
        {
            return trimmed[1..^1];
        }
        return trimmed;
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        char quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        parts.Add(current.ToString());
        return parts;
    }
}
