using System.Text.Json;

namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Reads the type of a property: <c>type</c> (with <c>items</c>, <c>additionalProperties</c>) or <c>$ref</c>.</summary>
/// <param name="enums">Enum type tokens to the primitive they are made of.</param>
/// <param name="objectTypes">Tokens of the object types the schema defines.</param>
internal sealed class TypeRefReader(string packageName, IReadOnlyDictionary<string, TypeRef> enums, IReadOnlySet<string> objectTypes)
{
    private const string LocalTypePrefix = "#/types/";

    public TypeRef Read(JsonElement spec, string where)
    {
        if (Json.String(spec, "$ref") is { } reference)
        {
            return Reference(reference, where);
        }

        var type = Json.String(spec, "type") ?? throw new SchemaException($"{where}: neither 'type' nor '$ref'");
        return type switch
        {
            "array" => new TypeRef(
                TypeKind.Array,
                Read(Json.Object(spec, "items") ?? throw new SchemaException($"{where}: an array without 'items'"), where + "/items")),
            "object" => new TypeRef(
                TypeKind.Map,
                Json.Object(spec, "additionalProperties") is { } values ? Read(values, where + "/additionalProperties") : TypeRef.String),
            _ => Primitive(type, where),
        };
    }

    public static TypeRef Primitive(string type, string where) => type switch
    {
        "string" => TypeRef.String,
        "integer" => new TypeRef(TypeKind.Integer),
        "number" => new TypeRef(TypeKind.Number),
        "boolean" => new TypeRef(TypeKind.Boolean),
        _ => throw new SchemaException($"{where}: unknown type '{type}'"),
    };

    private TypeRef Reference(string reference, string where)
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
            // The primitive, marked with the enum: generators that know enums name it, the others see the primitive.
            return underlying with { EnumToken = token };
        }

        if (!token.StartsWith(packageName + ":", StringComparison.Ordinal))
        {
            throw new SchemaException($"{where}: type '{token}' belongs to another package");
        }

        return objectTypes.Contains(token)
            ? new TypeRef(TypeKind.Object, ObjectToken: token)
            : throw new SchemaException($"{where}: unknown type '{token}'");
    }
}
