using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.Validation;

/// <summary>
/// A method's query strings or request headers: parameter name → required. The model says an object of
/// booleans, but the seed's own examples send and show a Python-like dict string
/// (<c>"{'test1' : True}"</c>), so both are accepted; a string whose values are not booleans is kept verbatim.
/// </summary>
[JsonConverter(typeof(ParameterMapJson))]
public sealed record ParameterMap(IReadOnlyDictionary<string, bool>? Values, string? Verbatim)
{
    public static ParameterMap FromValues(IReadOnlyDictionary<string, bool> values) => new(values, null);

    /// <summary>Parses the dict-like string; returns null when it is not of the form <c>{'k': v, ...}</c>.</summary>
    public static ParameterMap? FromDictString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '{' || trimmed[^1] != '}')
        {
            return null;
        }

        var inner = trimmed[1..^1].Trim();
        var values = new Dictionary<string, bool>(StringComparer.Ordinal);
        var allBooleans = true;
        foreach (var entry in inner.Length == 0 ? [] : inner.Split(','))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return null;
            }

            var key = Unquote(entry[..colon]);
            var value = entry[(colon + 1)..].Trim();
            if (key.Length == 0)
            {
                return null;
            }

            if (value is "True" or "False")
            {
                values[key] = value == "True";
            }
            else
            {
                allBooleans = false;
            }
        }

        return allBooleans ? new ParameterMap(values, null) : new ParameterMap(null, trimmed);
    }

    /// <summary>The seed's spelling: <c>{'name': True, 'other': False}</c>.</summary>
    public string ToDictString() =>
        Verbatim ?? "{" + string.Join(", ", Values!.Select(p => $"'{p.Key}': {(p.Value ? "True" : "False")}")) + "}";

    /// <summary>A JSON-ready value: the dict string (seed spelling) or an object of booleans.</summary>
    public object ToWire(bool seedQuirks) => seedQuirks || Values is null ? ToDictString() : Values;

    private static string Unquote(string text) => text.Trim().Trim('\'', '"').Trim();
}

/// <summary>Dumps a parameter map as the seed's model has it: an object of booleans (a verbatim string stays a string).</summary>
internal sealed class ParameterMapJson : JsonConverter<ParameterMap>
{
    public override ParameterMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("parameter maps are read from request bodies, not deserialized");

    public override void Write(Utf8JsonWriter writer, ParameterMap value, JsonSerializerOptions options)
    {
        if (value.Values is null)
        {
            writer.WriteStringValue(value.Verbatim);
            return;
        }

        writer.WriteStartObject();
        foreach (var (name, required) in value.Values)
        {
            writer.WriteBoolean(name, required);
        }

        writer.WriteEndObject();
    }
}
