using Google.Protobuf;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>Writing: each message's size first (protobuf prefixes a nested message with its length), then its bytes.</summary>
internal static partial class StructWire
{
    /// <summary>The bytes of a Struct holding <paramref name="map"/>.</summary>
    public static int ObjectSize(PropertyMap map)
    {
        var size = 0;
        foreach (var (key, value) in map)
        {
            var entry = 1 + CodedOutputStream.ComputeStringSize(key) + WireBytes.Field(ValueSize(value));
            size += WireBytes.Field(entry);
        }
        return size;
    }

    public static void WriteObject(CodedOutputStream output, PropertyMap map)
    {
        foreach (var (key, value) in map)
        {
            var valueSize = ValueSize(value);
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteLength(1 + CodedOutputStream.ComputeStringSize(key) + WireBytes.Field(valueSize));
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteString(key);
            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteLength(valueSize);
            WriteValue(output, value);
        }
    }

    public static int ValueSize(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Null => 2,
        PropertyValueKind.Bool => 2,
        PropertyValueKind.Number => 9,
        PropertyValueKind.String => 1 + CodedOutputStream.ComputeStringSize(value.AsString),
        PropertyValueKind.Computed => 1 + CodedOutputStream.ComputeStringSize(UnknownSentinels.For(value.AsUnknownKind)),
        PropertyValueKind.Array => WireBytes.Field(ListSize(value.AsArray)),
        PropertyValueKind.Object => WireBytes.Field(ObjectSize(value.AsObject)),
        _ => WireBytes.Field(ObjectSize(Special(value))),
    };

    public static void WriteValue(CodedOutputStream output, PropertyValue value)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                output.WriteTag(NullField, WireFormat.WireType.Varint);
                output.WriteEnum(0);
                break;
            case PropertyValueKind.Bool:
                output.WriteTag(BoolField, WireFormat.WireType.Varint);
                output.WriteBool(value.AsBool);
                break;
            case PropertyValueKind.Number:
                output.WriteTag(NumberField, WireFormat.WireType.Fixed64);
                output.WriteDouble(value.AsNumber);
                break;
            case PropertyValueKind.String:
                output.WriteTag(StringField, WireFormat.WireType.LengthDelimited);
                output.WriteString(value.AsString);
                break;
            case PropertyValueKind.Computed:
                output.WriteTag(StringField, WireFormat.WireType.LengthDelimited);
                output.WriteString(UnknownSentinels.For(value.AsUnknownKind));
                break;
            case PropertyValueKind.Array:
                output.WriteTag(ListField, WireFormat.WireType.LengthDelimited);
                output.WriteLength(ListSize(value.AsArray));
                foreach (var item in value.AsArray)
                {
                    output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    output.WriteLength(ValueSize(item));
                    WriteValue(output, item);
                }
                break;
            default:
                var map = value.Kind == PropertyValueKind.Object ? value.AsObject : Special(value);
                output.WriteTag(StructField, WireFormat.WireType.LengthDelimited);
                output.WriteLength(ObjectSize(map));
                WriteObject(output, map);
                break;
        }
    }

    private static int ListSize(IEnumerable<PropertyValue> items) => items.Sum(item => WireBytes.Field(ValueSize(item)));


    /// <summary>A secret, reference or output as the Struct that stands for it (written like any object).</summary>
    private static PropertyMap Special(PropertyValue value)
    {
        var fields = new List<KeyValuePair<string, PropertyValue>>();
        void Add(string key, PropertyValue field) => fields.Add(new(key, field));
        switch (value.Kind)
        {
            case PropertyValueKind.Secret:
                Add(SpecialSignatures.Key, SpecialSignatures.Secret);
                Add("value", value.SecretValue);
                break;
            case PropertyValueKind.ResourceReference:
                var reference = value.AsReference;
                Add(SpecialSignatures.Key, SpecialSignatures.ResourceReference);
                Add("urn", reference.Urn);
                if (reference.Id is not null)
                {
                    Add("id", reference.Id);
                }
                if (reference.PackageVersion is not null)
                {
                    Add("packageVersion", reference.PackageVersion);
                }
                break;
            case PropertyValueKind.Output:
                var output = value.AsOutput;
                Add(SpecialSignatures.Key, SpecialSignatures.Output);
                if (output.Value is not null)
                {
                    Add("value", output.Value);
                }
                if (output.IsSecret)
                {
                    Add("secret", true);
                }
                if (output.Dependencies.Length > 0)
                {
                    Add("dependencies", PropertyValue.FromArray(output.Dependencies.Select(PropertyValue.FromString)));
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown property value kind.");
        }
        return new PropertyMap(fields);
    }
}
