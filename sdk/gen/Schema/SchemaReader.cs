using System.Globalization;
using System.Text.Json;

namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>Reads a Pulumi package schema (schema.json) into a <see cref="PackageSpec"/>.</summary>
public static class SchemaReader
{
    public static async Task<PackageSpec> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return Read(document.RootElement);
    }

    public static PackageSpec Read(JsonElement root)
    {
        var name = RequiredString(root, "name", "package");
        var enums = ReadEnums(root);
        var typeReader = new TypeReader(name, enums);

        var csharp = root.TryGetProperty("language", out var language) && language.TryGetProperty("csharp", out var cs)
            ? cs
            : default;
        var rootNamespace = OptionalString(csharp, "rootNamespace") ?? "Pulumi";
        var packageNamespace = csharp.ValueKind == JsonValueKind.Object
            && csharp.TryGetProperty("namespaces", out var namespaces)
            && namespaces.TryGetProperty(name, out var mapped)
            ? mapped.GetString()!
            : Naming.Pascal(name);

        var packageReferences = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (csharp.ValueKind == JsonValueKind.Object && csharp.TryGetProperty("packageReferences", out var refs))
        {
            foreach (var reference in refs.EnumerateObject())
            {
                packageReferences[reference.Name] = reference.Value.GetString()!;
            }
        }

        var config = root.TryGetProperty("config", out var configElement)
            ? typeReader.ReadObject("Config", null, configElement, "variables", "required")
            : ObjectSpec.Empty("Config");

        var provider = root.TryGetProperty("provider", out var providerElement)
            ? typeReader.ReadResource($"pulumi:providers:{name}", "Provider", providerElement)
            : new ResourceSpec($"pulumi:providers:{name}", "Provider", null, ObjectSpec.Empty("Provider"), ObjectSpec.Empty("ProviderArgs"), ObjectSpec.Empty("ProviderState"));

        var resources = Members(root, "resources")
            .Select(p => typeReader.ReadResource(p.Name, Naming.Pascal(Naming.TokenMember(p.Name)), p.Value))
            .ToList();
        var functions = Members(root, "functions")
            .Select(p => typeReader.ReadFunction(p.Name, Naming.Pascal(Naming.TokenMember(p.Name)), p.Value))
            .ToList();
        var types = Members(root, "types")
            .Where(p => OptionalString(p.Value, "type") == "object")
            .Select(p => typeReader.ReadObject(Naming.Pascal(Naming.TokenMember(p.Name)), OptionalString(p.Value, "description"), p.Value, "properties", "required"))
            .ToList();

        return new PackageSpec(
            name,
            OptionalString(root, "version") ?? "0.0.0",
            OptionalString(root, "description"),
            $"{rootNamespace}.{packageNamespace}",
            packageReferences,
            OptionalString(root, "pluginDownloadURL"),
            config,
            provider,
            resources,
            functions,
            types);
    }

    private static Dictionary<string, TypeRef> ReadEnums(JsonElement root)
    {
        // Enum types become their underlying primitive: the provider validates the values.
        var enums = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        foreach (var (token, spec) in Members(root, "types"))
        {
            if (spec.TryGetProperty("enum", out _))
            {
                enums[token] = TypeReader.Primitive(OptionalString(spec, "type") ?? "string", token);
            }
        }

        return enums;
    }

    internal static IEnumerable<(string Name, JsonElement Value)> Members(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var map)
            ? map.EnumerateObject().Select(p => (p.Name, p.Value)).OrderBy(p => p.Name, StringComparer.Ordinal)
            : [];

    internal static string? OptionalString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static string RequiredString(JsonElement element, string property, string where) =>
        OptionalString(element, property)
        ?? throw new SchemaException(string.Create(CultureInfo.InvariantCulture, $"{where}: missing string property '{property}'"));
}
