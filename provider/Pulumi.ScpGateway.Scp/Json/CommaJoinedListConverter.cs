using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.Scp.Json;

/// <summary>
/// Reads string lists that SCP sometimes spells as one comma-joined item (<c>["dev,stg"]</c>)
/// or as a bare string, so <c>["dev,stg"]</c> and <c>["dev","stg"]</c> read the same. Writes a
/// plain JSON array.
/// </summary>
public sealed class CommaJoinedListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = new List<string>();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                Split(reader.GetString(), items);
                return items;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        Split(reader.GetString(), items);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                return items;
            default:
                throw new JsonException($"Expected a list of strings, found {reader.TokenType}.");
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

    private static void Split(string? text, List<string> items)
    {
        if (text is null)
        {
            return;
        }
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            items.Add(part);
        }
    }
}
