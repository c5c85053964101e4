using System.Text;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>The bits of GitHub-flavoured Markdown the pages are made of.</summary>
public static class Markdown
{
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        text.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }
        return text.ToString();
    }

    /// <summary>A table cell: one line, pipes escaped so they do not end the cell.</summary>
    public static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();

    public static string Code(string text) => $"`{text}`";

    public static string CodeBlock(string language, string body) => $"```{language}\n{body.TrimEnd('\n')}\n```\n";

    /// <summary>A type as users read it: <c>list(string)</c>, <c>map(boolean)</c>, a link to an object or enum type's section.</summary>
    public static string Type(TypeRef type) => type.Kind switch
    {
        _ when type.EnumToken is { } token => $"[{Tokens.Member(token)}](#{Anchor(Tokens.Member(token))})",
        TypeKind.Array => $"list({Type(type.Element!)})",
        TypeKind.Map => $"map({Type(type.Element!)})",
        TypeKind.Object => $"[{Tokens.Member(type.ObjectToken!)}](#{Anchor(Tokens.Member(type.ObjectToken!))})",
        _ => type.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The anchor GitHub gives a heading made of one word.</summary>
    public static string Anchor(string heading) => heading.ToLowerInvariant();

    /// <summary>The first sentence of a description, for index tables.</summary>
    public static string Summary(string description)
    {
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? description.Trim() : description[..(end + 1)];
    }
}
