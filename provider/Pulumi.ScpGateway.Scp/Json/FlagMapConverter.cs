using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.Scp.Json;

/// <summary>
/// Reads SCP's "object of booleans" fields (method query strings and request headers: name →
/// required). Accepts a JSON object, or the Python-like dict text the seed shows
/// (<c>"{'test1' : True}"</c>). A value that is not a boolean (<c>'value1'</c>) reads as
/// <c>false</c>: the name is declared, not required. Writes a JSON object of booleans.
/// </summary>
public sealed class FlagMapConverter : JsonConverter<IReadOnlyDictionary<string, bool>>
{
    public override IReadOnlyDictionary<string, bool>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return PythonDict.ParseFlags(reader.GetString() ?? "");
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, bool>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? "";
                    reader.Read();
                    map[name] = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.String => PythonDict.Flag(reader.GetString()),
                        _ => SkipAsFalse(ref reader),
                    };
                }
                return map;
            default:
                throw new JsonException($"Expected an object of booleans, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, bool> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, flag) in value)
        {
            writer.WriteBoolean(name, flag);
        }
        writer.WriteEndObject();
    }

    private static bool SkipAsFalse(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return false;
    }
}
