using Pulumi.ScpGateway.DocsGen.Schema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>The property tables of resource and function pages, and the object types they link to.</summary>
public static class PropertyTables
{
    public static string ResourceInputs(IReadOnlyList<PropertyDoc> inputs) => Markdown.Table(
        ["property", "type", "required", "default", "secret", "on change", "description"],
        inputs.Select(input => (IReadOnlyList<string>)
        [
            Markdown.Code(input.Name),
            Markdown.Type(input.Type),
            YesNo(input.Required),
            input.Default is { } value ? Markdown.Code(value) : "",
            input.Secret ? "secret" : "",
            input.ReplaceOnChanges ? "replaces" : "updates in place",
            input.Description,
        ]));

    public static string Arguments(IReadOnlyList<PropertyDoc> arguments) => Markdown.Table(
        ["argument", "type", "required", "description"],
        arguments.Select(argument => (IReadOnlyList<string>)[Markdown.Code(argument.Name), Markdown.Type(argument.Type), YesNo(argument.Required), argument.Description]));

    public static string Outputs(IReadOnlyList<PropertyDoc> outputs) => Markdown.Table(
        ["property", "type", "secret", "description"],
        outputs.Select(output => (IReadOnlyList<string>)[Markdown.Code(output.Name), Markdown.Type(output.Type), output.Secret ? "secret" : "", output.Description]));

    /// <summary>A "Types" section for every object type the properties reach, directly or through other types; empty when none.</summary>
    public static string Types(PackageDoc package, IEnumerable<PropertyDoc> properties)
    {
        var reached = new List<ObjectTypeDoc>();
        var pending = new Queue<PropertyDoc>(properties);
        while (pending.TryDequeue(out var property))
        {
            if (ObjectToken(property.Type) is { } token && reached.All(type => type.Token != token))
            {
                var type = package.Types.GetValueOrDefault(token) ?? throw new SchemaException($"{property.Name}: type {token} is not in the schema's types");
                reached.Add(type);
                foreach (var nested in type.Properties)
                {
                    pending.Enqueue(nested);
                }
            }
        }
        return string.Concat(reached.OrderBy(type => type.Name, StringComparer.Ordinal).Select(type =>
            $"\n### {type.Name}\n\n{Paragraph(type.Description)}" + Markdown.Table(
                ["property", "type", "required", "secret", "description"],
                type.Properties.Select(p => (IReadOnlyList<string>)[Markdown.Code(p.Name), Markdown.Type(p.Type), YesNo(p.Required), p.Secret ? "secret" : "", p.Description]))));
    }

    /// <summary>Title, token, description and example program: how every resource and function page starts.</summary>
    public static string PageTop(PackageDoc package, string kind, string name, string token, string description, string example) =>
        $"# {name}\n\n{kind} {Markdown.Code(token)} of the `{package.Name}` package.\n\n{Paragraph(description)}"
        + "## Example usage\n\n" + Markdown.CodeBlock("yaml", example);

    public static string Paragraph(string text) => text.Length == 0 ? "" : text.Trim() + "\n\n";

    private static string? ObjectToken(TypeDoc type) => type.Kind switch
    {
        TypeKind.Object => type.ObjectToken,
        TypeKind.List or TypeKind.Map => ObjectToken(type.Element!),
        _ => null,
    };

    private static string YesNo(bool value) => value ? "yes" : "no";
}
