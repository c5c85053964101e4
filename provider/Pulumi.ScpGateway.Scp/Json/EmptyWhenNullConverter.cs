using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.Scp.Json;

/// <summary>
/// SCP answers an empty description as <c>null</c> or <c>""</c> depending on the object. Read
/// side policy (null-as-empty): both become <c>""</c>, so drift detection never sees a change
/// that is only a spelling. Absent fields default to <c>""</c> in the models as well.
/// </summary>
public sealed class EmptyWhenNullConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => "",
            JsonTokenType.String => reader.GetString() ?? "",
            _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
