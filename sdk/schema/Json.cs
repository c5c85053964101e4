using System.Text.Json;

namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Lenient reads of schema.json members; absent or mistyped optional members read as absent.</summary>
internal static class Json
{
    /// <summary>The members of an object-valued property, sorted by name, so that the model does not depend on JSON order.</summary>
    public static IEnumerable<(string Name, JsonElement Value)> Members(JsonElement element, string property) =>
        Object(element, property) is { } map
            ? map.EnumerateObject().Select(member => (member.Name, member.Value)).OrderBy(member => member.Name, StringComparer.Ordinal)
            : [];

    public static JsonElement? Object(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static bool Flag(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>A list of strings, empty when absent; anything else there is an error.</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string property, string where)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw new SchemaException($"{where}/{property}: expected a list of strings");
        }

        return [.. list.EnumerateArray().Select(item => item.GetString()!)];
    }
}
