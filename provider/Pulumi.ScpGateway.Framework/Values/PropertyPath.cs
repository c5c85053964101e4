using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>Builds property paths in Pulumi's notation: <c>a.b[0]</c>, <c>a["x.y"]</c>.</summary>
public static partial class PropertyPath
{
    public static string Property(string parent, string key)
    {
        var plain = PlainKey().IsMatch(key);
        if (parent.Length == 0)
        {
            return plain ? key : Quoted(key);
        }
        return plain ? $"{parent}.{key}" : parent + Quoted(key);
    }

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static string Quoted(string key) => $"[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$-]*$")]
    private static partial Regex PlainKey();
}
