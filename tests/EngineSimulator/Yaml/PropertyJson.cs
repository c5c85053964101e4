using System.Text.Json;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>Plain JSON text of a known value, secrets unwrapped (callers re-wrap the result).</summary>
public static class PropertyJson
{
    public static string Serialize(PropertyValue value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, PropertyValue value)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                writer.WriteNullValue();
                break;
            case PropertyValueKind.Bool:
                writer.WriteBooleanValue(value.AsBool);
                break;
            case PropertyValueKind.Number:
                writer.WriteNumberValue(value.AsNumber);
                break;
            case PropertyValueKind.String:
                writer.WriteStringValue(value.AsString);
                break;
            case PropertyValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case PropertyValueKind.Object:
                writer.WriteStartObject();
                foreach (var (key, item) in value.AsObject)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case PropertyValueKind.Secret:
                Write(writer, value.SecretValue);
                break;
            default:
                throw new ArgumentException($"A {value.Kind} value has no JSON form.", nameof(value));
        }
    }
}
