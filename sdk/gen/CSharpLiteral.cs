using System.Globalization;
using System.Text;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.SdkGen;

/// <summary>C# source literals and XML-escaped documentation text.</summary>
public static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The schema default of a property as a C# expression; null when it has none.</summary>
    public static string? Default(PropertySpec property) => property.Default switch
    {
        null => null,
        { Kind: DefaultKind.String } value => String(value.Text),
        var value => value.Text,
    };

    public static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
