using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.Scp.Json;

/// <summary>
/// Reads lists the seed documents one way and shows another: a bare string (<c>"{users}"</c>),
/// strings, or objects with one string field (<c>[{"ip_address":"10.0.0.1"}]</c>) all become a list
/// of strings; other objects keep their raw JSON text.
/// </summary>
public sealed class LooseStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Item(ref reader));
                }
                return items;
            default:
                return [Item(ref reader)];
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }
        writer.WriteEndArray();
    }

    private static string Item(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() ?? "";
        }
        using var element = JsonDocument.ParseValue(ref reader);
        var root = element.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            var properties = root.EnumerateObject().ToList();
            if (properties.Count == 1 && properties[0].Value.ValueKind == JsonValueKind.String)
            {
                return properties[0].Value.GetString() ?? "";
            }
        }
        return root.GetRawText();
    }
}
