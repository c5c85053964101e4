using System.Text.Json;

namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Reads a Pulumi package schema (schema.json) into a <see cref="PackageSpec"/>.</summary>
public static class SchemaReader
{
    public static async Task<PackageSpec> ReadFileAsync(string path, PropertyOrder order, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new SchemaException($"{path}: not valid JSON ({e.Message})");
        }

        using (document)
        {
            return Read(document.RootElement, order);
        }
    }

    public static PackageSpec Read(JsonElement root, PropertyOrder order)
    {
        var name = Json.String(root, "name") ?? throw new SchemaException("#/name: the package has no name");
        var typeSection = Json.Members(root, "types").ToList();
        var enumTypes = new SortedDictionary<string, EnumTypeSpec>(StringComparer.Ordinal);
        foreach (var (token, spec) in typeSection.Where(type => type.Value.ValueKind == JsonValueKind.Object && type.Value.TryGetProperty("enum", out _)))
        {
            enumTypes[token] = ReadEnum(token, spec, $"#/types/{token}");
        }

        var enums = enumTypes.ToDictionary(entry => entry.Key, entry => entry.Value.Underlying, StringComparer.Ordinal);
        var objectTypes = typeSection.Where(IsObjectType).ToList();
        var reader = new ObjectReader(
            new TypeRefReader(name, enums, objectTypes.Select(type => type.Name).ToHashSet(StringComparer.Ordinal)),
            order);

        var providerToken = $"pulumi:providers:{name}";
        var provider = Json.Object(root, "provider") is { } providerSpec
            ? reader.ReadResource(providerToken, "Provider", providerSpec, "#/provider")
            : new ResourceSpec(providerToken, "Provider", "", "", null, ObjectSpec.Empty, ObjectSpec.Empty, ObjectSpec.Empty);

        var types = new SortedDictionary<string, ObjectTypeSpec>(StringComparer.Ordinal);
        foreach (var (token, spec) in objectTypes)
        {
            var where = $"#/types/{token}";
            types[token] = new ObjectTypeSpec(token, Tokens.Member(token), Json.String(spec, "description") ?? "", reader.ReadObject(spec, "properties", "required", where));
        }

        return new PackageSpec(
            name,
            Json.String(root, "version") ?? "0.0.0",
            Json.String(root, "description") ?? "",
            Json.String(root, "pluginDownloadURL"),
            ReadCSharp(Json.Object(root, "language") is { } language ? Json.Object(language, "csharp") : null),
            Json.Object(root, "config") is { } config ? reader.ReadObject(config, "variables", "required", "#/config") : ObjectSpec.Empty,
            provider,
            [.. Json.Members(root, "resources").Select(resource =>
                reader.ReadResource(resource.Name, Tokens.Member(resource.Name), resource.Value, $"#/resources/{resource.Name}"))],
            [.. Json.Members(root, "functions").Select(function => reader.ReadFunction(function.Name, function.Value, $"#/functions/{function.Name}"))],
            types,
            enumTypes);
    }

    private static EnumTypeSpec ReadEnum(string token, JsonElement spec, string where)
    {
        var underlying = TypeRefReader.Primitive(Json.String(spec, "type") ?? "string", where);
        var values = spec.GetProperty("enum");
        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            throw new SchemaException($"{where}/enum: expected a list of values");
        }

        return new EnumTypeSpec(token, Tokens.Member(token), Json.String(spec, "description") ?? "", underlying, [.. values.EnumerateArray().Select((value, i) =>
        {
            if (!value.TryGetProperty("value", out var literal) || literal.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                throw new SchemaException($"{where}/enum/{i}: a value needs a string, number or boolean 'value'");
            }

            var text = literal.ValueKind == JsonValueKind.String ? literal.GetString()! : literal.GetRawText();
            return new EnumValueSpec(Json.String(value, "name"), text, Json.String(value, "description") ?? "");
        })]);
    }

    private static bool IsObjectType((string Name, JsonElement Value) type) => Json.String(type.Value, "type") == "object";

    private static CSharpSpec ReadCSharp(JsonElement? csharp) => csharp is { } spec
        ? new CSharpSpec(Json.String(spec, "rootNamespace"), StringMap(spec, "namespaces"), StringMap(spec, "packageReferences"))
        : new CSharpSpec(null, new SortedDictionary<string, string>(), new SortedDictionary<string, string>());

    private static SortedDictionary<string, string> StringMap(JsonElement element, string property)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Json.Members(element, property))
        {
            map[key] = value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new SchemaException($"#/language/csharp/{property}/{key}: expected a string");
        }

        return map;
    }
}
