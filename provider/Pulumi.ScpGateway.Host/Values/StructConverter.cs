using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Converts between protobuf <see cref="Struct"/>/<see cref="Value"/> and
/// <see cref="PropertyMap"/>/<see cref="PropertyValue"/>, decoding the engine's special
/// objects and unknown sentinels (PROTOCOL.md §4), through their bytes: <see cref="StructWire"/>
/// holds the rules, for the calls that read and write values without these objects too.
/// </summary>
/// <remarks>
/// Unless <see cref="StructReadOptions.KeepReferencesAndOutputs"/> is set, special objects are
/// unwrapped to what this provider needs:
/// <list type="bullet">
/// <item>A resource reference becomes its id, because every scpgateway property that takes
/// another resource takes its id. An id that is not known yet (empty) becomes unknown; a
/// reference without an id (a component) becomes its URN.</item>
/// <item>An output value becomes its value, secret-wrapped when the output is secret, or
/// unknown when it has no value. Dependencies are dropped.</item>
/// </list>
/// Assets and archives are rejected with a <see cref="PropertyValueException"/>: no
/// scpgateway property takes one.
/// </remarks>
public static class StructConverter
{
    public static PropertyMap ToPropertyMap(Struct? value, StructReadOptions? options = null) =>
        value is null ? PropertyMap.Empty : StructWire.ReadObject(value.ToByteArray(), options ?? StructReadOptions.KeepAll, "", depth: 1);

    public static PropertyValue ToPropertyValue(Value value, StructReadOptions? options = null) =>
        StructWire.ReadValue(value.ToByteArray(), options ?? StructReadOptions.KeepAll, default, depth: 1) ?? PropertyValue.Null;

    public static Struct ToStruct(PropertyMap map) => Struct.Parser.ParseFrom(WireBytes.Write(StructWire.ObjectSize(map), map, StructWire.WriteObject));

    public static Value ToValue(PropertyValue value) => Value.Parser.ParseFrom(WireBytes.Write(StructWire.ValueSize(value), value, StructWire.WriteValue));
}
