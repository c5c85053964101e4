using System.Text.RegularExpressions;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>The property tables of resource and function pages, and the object types they link to.</summary>
public static partial class PropertyTables
{
    public static string ResourceInputs(IReadOnlyList<PropertySpec> inputs) => Markdown.Table(
        ["property", "type", "required", "default", "secret", "on change", "description"],
        inputs.Select(input => (IReadOnlyList<string>)
        [
            Markdown.Code(input.Name),
            Markdown.Type(input.Type),
            YesNo(input.Required),
            Default(input) is { } value ? Markdown.Code(value) : "",
            input.Secret ? "secret" : "",
            input.ReplaceOnChanges ? "replaces" : "updates in place",
            input.Description,
        ]));

    public static string Arguments(IReadOnlyList<PropertySpec> arguments) => Markdown.Table(
        ["argument", "type", "required", "description"],
        arguments.Select(argument => (IReadOnlyList<string>)[Markdown.Code(argument.Name), Markdown.Type(argument.Type), YesNo(argument.Required), argument.Description]));

    public static string Outputs(IReadOnlyList<PropertySpec> outputs) => Markdown.Table(
        ["property", "type", "secret", "description"],
        outputs.Select(output => (IReadOnlyList<string>)[Markdown.Code(output.Name), Markdown.Type(output.Type), output.Secret ? "secret" : "", output.Description]));

    /// <summary>
    /// A "Types" section for every object and enum type the properties reach, directly or through other
    /// types; empty when none. An enum's section lists its values and the name the C# SDK gives each.
    /// </summary>
    public static string Types(PackageSpec package, IEnumerable<PropertySpec> properties)
    {
        var list = properties.ToList();
        var objects = package.TypesReachedFrom(list).Select(token => package.Types[token]).Select(type => (type.Name, Text:
            $"\n### {type.Name}\n\n{Paragraph(type.Description)}" + Markdown.Table(
                ["property", "type", "required", "secret", "description"],
                type.Object.Properties.Select(p => (IReadOnlyList<string>)[Markdown.Code(p.Name), Markdown.Type(p.Type), YesNo(p.Required), p.Secret ? "secret" : "", p.Description]))));
        var enums = package.EnumsReachedFrom(list).Select(token => package.Enums[token]).Select(type => (type.Name, Text:
            $"\n### {type.Name}\n\n{Paragraph(type.Description)}"
            + "One of these values; inputs accept them in any letter case and store them as listed.\n\n"
            + Markdown.Table(
                ["value", "C#", "description"],
                type.Values.Select(value => (IReadOnlyList<string>)[Markdown.Code(value.Value), Markdown.Code($"{type.Name}.{EnumMemberName(value)}"), value.Description]))));
        return string.Concat(objects.Concat(enums).OrderBy(type => type.Name, StringComparer.Ordinal).Select(type => type.Text));
    }

    /// <summary>The C# SDK's name of an enum value: the schema's <c>name</c> (this package names every value).</summary>
    private static string EnumMemberName(EnumValueSpec value) =>
        value.Name ?? throw new SchemaException($"enum value '{value.Value}' has no name; the docs show the C# name of each value");

    /// <summary>Title, token, description and the example section: how every resource and function page starts.</summary>
    public static string PageTop(PackageSpec package, string kind, string name, string token, string description, string examples) =>
        $"# {name}\n\n{kind} {Markdown.Code(token)} of the `{package.Name}` package.\n\n{Paragraph(description)}" + examples;

    public static string Paragraph(string text) => text.Length == 0 ? "" : text.Trim() + "\n\n";

    /// <summary>The default as a user writes it: the schema's <c>default</c>, else a "Default: `x`" sentence of the description.</summary>
    public static string? Default(PropertySpec property) =>
        property.Default?.Text ?? (DefaultSentence().Match(property.Description) is { Success: true } match ? match.Groups[1].Value : null);

    private static string YesNo(bool value) => value ? "yes" : "no";

    [GeneratedRegex(@"Default: `([^`]+)`")]
    private static partial Regex DefaultSentence();
}
