using System.Globalization;
using System.Text.Json;

namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Reads property maps with their required lists, and the resources and functions made of them.</summary>
internal sealed class ObjectReader(TypeRefReader types, PropertyOrder order)
{
    public ResourceSpec ReadResource(string token, string name, JsonElement spec, string where)
    {
        var description = Json.String(spec, "description") ?? "";
        var outputs = ReadObject(spec, "properties", "required", where);
        var inputs = ReadObject(spec, "inputProperties", "requiredInputs", where);
        var state = Json.Object(spec, "stateInputs") is { } stateSpec
            ? ReadObject(stateSpec, "properties", "required", where + "/stateInputs")
            : ObjectSpec.Empty;

        var (overview, import) = ImportSection.Split(description, token, where + "/description");
        var names = outputs.Properties.Concat(inputs.Properties).Select(property => property.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var part in import?.IdParts.Where(part => !names.Contains(part)) ?? [])
        {
            throw new SchemaException($"{where}/description: import id part '{part}' is not a property");
        }

        return new ResourceSpec(token, name, description, overview, import, outputs, inputs, state);
    }

    public FunctionSpec ReadFunction(string token, JsonElement spec, string where) => new(
        token,
        Tokens.Member(token),
        Json.String(spec, "description") ?? "",
        Json.Object(spec, "inputs") is { } inputs ? ReadObject(inputs, "properties", "required", where + "/inputs") : ObjectSpec.Empty,
        Json.Object(spec, "outputs") is { } outputs ? ReadObject(outputs, "properties", "required", where + "/outputs") : null);

    public ObjectSpec ReadObject(JsonElement spec, string propertiesKey, string requiredKey, string where)
    {
        var required = Json.Strings(spec, requiredKey, where).ToHashSet(StringComparer.Ordinal);
        var members = Json.Object(spec, propertiesKey) is { } properties
            ? properties.EnumerateObject().Select(member => (member.Name, member.Value))
            : [];
        if (order == PropertyOrder.Name)
        {
            members = members.OrderBy(member => member.Name, StringComparer.Ordinal);
        }

        return new ObjectSpec([.. members.Select(member =>
            ReadProperty(member.Name, member.Value, required.Contains(member.Name), $"{where}/{propertiesKey}/{member.Name}"))]);
    }

    private PropertySpec ReadProperty(string name, JsonElement spec, bool required, string where)
    {
        if (spec.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaException($"{where}: expected an object");
        }

        return new PropertySpec(
            name,
            types.Read(spec, where),
            Json.String(spec, "description") ?? "",
            required,
            Json.Flag(spec, "secret"),
            Json.Flag(spec, "willReplaceOnChanges"),
            spec.TryGetProperty("default", out var value) ? Default(value, where + "/default") : null,
            Json.Object(spec, "defaultInfo") is { } info ? Json.Strings(info, "environment", where + "/defaultInfo") : []);
    }

    private static DefaultValue Default(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => new DefaultValue(DefaultKind.String, value.GetString()!),
        JsonValueKind.True => new DefaultValue(DefaultKind.Boolean, "true"),
        JsonValueKind.False => new DefaultValue(DefaultKind.Boolean, "false"),
        JsonValueKind.Number => new DefaultValue(DefaultKind.Number, value.TryGetInt32(out var integer)
            ? integer.ToString(CultureInfo.InvariantCulture)
            : value.GetDouble().ToString("R", CultureInfo.InvariantCulture)),
        _ => throw new SchemaException($"{where}: defaults of kind {value.ValueKind} are not supported"),
    };
}
