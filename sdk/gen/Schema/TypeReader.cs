using System.Globalization;
using System.Text.Json;

namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>Reads type references, property maps, resources and functions of one package.</summary>
internal sealed class TypeReader(string packageName, IReadOnlyDictionary<string, TypeRef> enums)
{
    private const string LocalTypePrefix = "#/types/";

    public ResourceSpec ReadResource(string token, string name, JsonElement spec)
    {
        var description = SchemaReader.OptionalString(spec, "description");
        var outputs = ReadObject(name, description, spec, "properties", "required");
        var inputs = ReadObject(name + "Args", null, spec, "inputProperties", "requiredInputs");
        var state = spec.TryGetProperty("stateInputs", out var stateSpec)
            ? ReadObject(name + "State", null, stateSpec, "properties", "required")
            : ObjectSpec.Empty(name + "State");
        return new ResourceSpec(token, name, description, outputs, inputs, state with { Required = new HashSet<string>() });
    }

    public FunctionSpec ReadFunction(string token, string name, JsonElement spec)
    {
        var inputs = spec.TryGetProperty("inputs", out var inputSpec)
            ? ReadObject(name + "Args", null, inputSpec, "properties", "required")
            : ObjectSpec.Empty(name + "Args");
        var outputs = spec.TryGetProperty("outputs", out var outputSpec)
            ? ReadObject(name + "Result", null, outputSpec, "properties", "required")
            : throw new SchemaException($"function {token}: functions without outputs are not supported");
        return new FunctionSpec(token, name, SchemaReader.OptionalString(spec, "description"), inputs, outputs);
    }

    public ObjectSpec ReadObject(string name, string? description, JsonElement spec, string propertiesKey, string requiredKey)
    {
        var properties = SchemaReader.Members(spec, propertiesKey)
            .Select(p => ReadProperty(name, p.Name, p.Value))
            .ToList();
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (spec.TryGetProperty(requiredKey, out var requiredList))
        {
            foreach (var item in requiredList.EnumerateArray())
            {
                required.Add(item.GetString()!);
            }
        }

        return new ObjectSpec(name, description, properties, required);
    }

    private PropertySpec ReadProperty(string owner, string wireName, JsonElement spec)
    {
        var environment = new List<string>();
        if (spec.TryGetProperty("defaultInfo", out var defaultInfo) && defaultInfo.TryGetProperty("environment", out var variables))
        {
            environment.AddRange(variables.EnumerateArray().Select(v => v.GetString()!));
        }

        return new PropertySpec(
            wireName,
            ReadType(spec, $"{owner}.{wireName}"),
            SchemaReader.OptionalString(spec, "description"),
            Flag(spec, "secret"),
            Flag(spec, "willReplaceOnChanges"),
            spec.TryGetProperty("default", out var value) ? Literal(value, $"{owner}.{wireName}") : null,
            environment);
    }

    private TypeRef ReadType(JsonElement spec, string where)
    {
        if (SchemaReader.OptionalString(spec, "$ref") is { } reference)
        {
            return ReadReference(reference, where);
        }

        var type = SchemaReader.OptionalString(spec, "type")
            ?? throw new SchemaException($"{where}: neither 'type' nor '$ref'");
        return type switch
        {
            "array" => new TypeRef(TypeKind.Array, ReadType(spec.GetProperty("items"), where + "[]")),
            "object" => new TypeRef(
                TypeKind.Map,
                spec.TryGetProperty("additionalProperties", out var values) ? ReadType(values, where + "{}") : TypeRef.String),
            _ => Primitive(type, where),
        };
    }

    private TypeRef ReadReference(string reference, string where)
    {
        switch (reference)
        {
            case "pulumi.json#/Any":
                return new TypeRef(TypeKind.Any);
            case "pulumi.json#/Json":
                return new TypeRef(TypeKind.Json);
        }

        if (!reference.StartsWith(LocalTypePrefix, StringComparison.Ordinal))
        {
            throw new SchemaException($"{where}: reference '{reference}' is not supported");
        }

        var token = Uri.UnescapeDataString(reference[LocalTypePrefix.Length..]);
        if (enums.TryGetValue(token, out var underlying))
        {
            return underlying;
        }

        if (!token.StartsWith(packageName + ":", StringComparison.Ordinal))
        {
            throw new SchemaException($"{where}: type '{token}' belongs to another package");
        }

        return new TypeRef(TypeKind.Object, ObjectName: Naming.Pascal(Naming.TokenMember(token)));
    }

    internal static TypeRef Primitive(string type, string where) => type switch
    {
        "string" => TypeRef.String,
        "integer" => new TypeRef(TypeKind.Integer),
        "number" => new TypeRef(TypeKind.Number),
        "boolean" => new TypeRef(TypeKind.Boolean),
        _ => throw new SchemaException($"{where}: unknown type '{type}'"),
    };

    private static bool Flag(JsonElement spec, string property) =>
        spec.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    private static string Literal(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => CSharpLiteral.String(value.GetString()!),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when value.TryGetInt32(out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => throw new SchemaException($"{where}: default values of kind {value.ValueKind} are not supported"),
    };
}
