using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.DocsGen.Schema;

/// <summary>Reads schema.json into a <see cref="PackageDoc"/>, members sorted by token.</summary>
public static partial class SchemaReader
{
    private const string LocalTypePrefix = "#/types/";

    public static async Task<PackageDoc> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Read(document.RootElement);
    }

    public static PackageDoc Read(JsonElement root)
    {
        var config = root.TryGetProperty("config", out var configSpec)
            ? Properties(configSpec, "variables", "required")
            : [];
        return new PackageDoc(
            String(root, "name") ?? throw new SchemaException("schema.json has no package name"),
            String(root, "version") ?? "0.0.0",
            String(root, "description") ?? "",
            config,
            [.. Members(root, "resources").Select(member => Resource(member.Token, member.Spec))],
            [.. Members(root, "functions").Select(member => Function(member.Token, member.Spec))],
            Members(root, "types")
                .Where(member => String(member.Spec, "type") == "object")
                .ToDictionary(
                    member => member.Token,
                    member => new ObjectTypeDoc(member.Token, MemberName(member.Token), String(member.Spec, "description") ?? "", Properties(member.Spec, "properties", "required")),
                    StringComparer.Ordinal));
    }

    public static string MemberName(string token) => token[(token.LastIndexOf(':') + 1)..];

    private static ResourceDoc Resource(string token, JsonElement spec)
    {
        var description = String(spec, "description") ?? "";
        var import = ImportSection().Match(description);
        if (!import.Success || import.Groups["token"].Value != token)
        {
            throw new SchemaException($"{token}: the description has no '## Import' section with a `pulumi import {token} <name> <id>` command");
        }
        var template = import.Groups["id"].Value;
        var parts = template.Split('/').Select(part => part.Trim('<', '>')).ToList();

        var inputs = Properties(spec, "inputProperties", "requiredInputs");
        var inputNames = inputs.Select(input => input.Name).ToHashSet(StringComparer.Ordinal);
        var outputs = Properties(spec, "properties", "required").Where(output => !inputNames.Contains(output.Name)).ToList();
        foreach (var part in parts.Where(part => !inputNames.Contains(part) && outputs.All(output => output.Name != part)))
        {
            throw new SchemaException($"{token}: import id part '{part}' is not a property");
        }
        return new ResourceDoc(
            token,
            MemberName(token),
            description[..import.Index].TrimEnd(),
            new ImportIdDoc(template, parts, import.Groups["name"].Value),
            inputs,
            outputs);
    }

    private static FunctionDoc Function(string token, JsonElement spec) => new(
        token,
        MemberName(token),
        String(spec, "description") ?? "",
        spec.TryGetProperty("inputs", out var inputs) ? Properties(inputs, "properties", "required") : [],
        spec.TryGetProperty("outputs", out var outputs) ? Properties(outputs, "properties", "required") : []);

    private static List<PropertyDoc> Properties(JsonElement spec, string propertiesKey, string requiredKey)
    {
        var required = spec.TryGetProperty(requiredKey, out var names)
            ? names.EnumerateArray().Select(name => name.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        // Declaration order, as the provider declares them: the order a reader expects (ids first).
        return spec.TryGetProperty(propertiesKey, out var properties)
            ? [.. properties.EnumerateObject().Select(property => Property(property.Name, property.Value, required.Contains(property.Name)))]
            : [];
    }

    private static PropertyDoc Property(string name, JsonElement spec, bool required)
    {
        var description = String(spec, "description") ?? "";
        var environment = spec.TryGetProperty("defaultInfo", out var info) && info.TryGetProperty("environment", out var variables)
            ? variables.EnumerateArray().Select(variable => variable.GetString()!).ToList()
            : [];
        return new PropertyDoc(
            name,
            Type(spec, name),
            description,
            required,
            Flag(spec, "secret"),
            Flag(spec, "willReplaceOnChanges"),
            spec.TryGetProperty("default", out var value) ? Literal(value) : DescribedDefault(description),
            environment);
    }

    private static TypeDoc Type(JsonElement spec, string where)
    {
        if (String(spec, "$ref") is { } reference)
        {
            return reference.StartsWith(LocalTypePrefix, StringComparison.Ordinal)
                ? new TypeDoc(TypeKind.Object, ObjectToken: Uri.UnescapeDataString(reference[LocalTypePrefix.Length..]))
                : new TypeDoc(TypeKind.Any);
        }
        return String(spec, "type") switch
        {
            "string" => new TypeDoc(TypeKind.String),
            "integer" => new TypeDoc(TypeKind.Integer),
            "number" => new TypeDoc(TypeKind.Number),
            "boolean" => new TypeDoc(TypeKind.Boolean),
            "array" => new TypeDoc(TypeKind.List, Type(spec.GetProperty("items"), where)),
            "object" => new TypeDoc(TypeKind.Map, spec.TryGetProperty("additionalProperties", out var values) ? Type(values, where) : new TypeDoc(TypeKind.String)),
            var other => throw new SchemaException($"{where}: unknown type '{other}'"),
        };
    }

    private static string? DescribedDefault(string description) =>
        DefaultSentence().Match(description) is { Success: true } match ? match.Groups[1].Value : null;

    private static string Literal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };

    private static IEnumerable<(string Token, JsonElement Spec)> Members(JsonElement root, string section) =>
        root.TryGetProperty(section, out var members)
            ? members.EnumerateObject().Select(member => (member.Name, member.Value)).OrderBy(member => member.Name, StringComparer.Ordinal)
            : [];

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    // The section the provider appends to every resource description (Framework/Schema/SchemaWriter.cs).
    [GeneratedRegex(@"\n*## Import\n+```sh\n\$ pulumi import (?<token>\S+) (?<name>\S+) (?<id>\S+)\n```\n*$")]
    private static partial Regex ImportSection();

    [GeneratedRegex(@"Default: `([^`]+)`")]
    private static partial Regex DefaultSentence();
}
