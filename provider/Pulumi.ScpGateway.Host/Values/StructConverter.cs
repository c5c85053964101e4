using Google.Protobuf.WellKnownTypes;

using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Converts between protobuf <see cref="Struct"/>/<see cref="Value"/> and
/// <see cref="PropertyMap"/>/<see cref="PropertyValue"/>, decoding the engine's special
/// objects and unknown sentinels (PROTOCOL.md §4).
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
        value is null ? PropertyMap.Empty : ReadObject(value, options ?? StructReadOptions.KeepAll, "");

    public static PropertyValue ToPropertyValue(Value value, StructReadOptions? options = null) =>
        Read(value, options ?? StructReadOptions.KeepAll, "") ?? PropertyValue.Null;

    public static Struct ToStruct(PropertyMap map)
    {
        var result = new Struct();
        foreach (var (key, value) in map)
        {
            result.Fields.Add(key, ToValue(value));
        }
        return result;
    }

    public static Value ToValue(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Null => Value.ForNull(),
        PropertyValueKind.Bool => Value.ForBool(value.AsBool),
        PropertyValueKind.Number => Value.ForNumber(value.AsNumber),
        PropertyValueKind.String => Value.ForString(value.AsString),
        PropertyValueKind.Array => Value.ForList(value.AsArray.Select(ToValue).ToArray()),
        PropertyValueKind.Object => Value.ForStruct(ToStruct(value.AsObject)),
        PropertyValueKind.Computed => Value.ForString(UnknownSentinels.For(value.AsUnknownKind)),
        PropertyValueKind.Secret => Special(SpecialSignatures.Secret, ("value", ToValue(value.SecretValue))),
        PropertyValueKind.ResourceReference => WriteReference(value.AsReference),
        PropertyValueKind.Output => WriteOutput(value.AsOutput),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown property value kind."),
    };

    /// <summary>Null means "leave this out" (an unknown when unknowns are not kept).</summary>
    private static PropertyValue? Read(Value value, StructReadOptions options, string path)
    {
        switch (value.KindCase)
        {
            case Value.KindOneofCase.None:
            case Value.KindOneofCase.NullValue:
                return PropertyValue.Null;
            case Value.KindOneofCase.BoolValue:
                return PropertyValue.FromBool(value.BoolValue);
            case Value.KindOneofCase.NumberValue:
                return PropertyValue.FromNumber(value.NumberValue);
            case Value.KindOneofCase.StringValue:
                return UnknownSentinels.TryParse(value.StringValue, out var unknown)
                    ? Unknown(unknown, options)
                    : PropertyValue.FromString(value.StringValue);
            case Value.KindOneofCase.ListValue:
                var items = new List<PropertyValue>(value.ListValue.Values.Count);
                for (var i = 0; i < value.ListValue.Values.Count; i++)
                {
                    if (Read(value.ListValue.Values[i], options, PropertyPath.Index(path, i)) is { } item)
                    {
                        items.Add(item);
                    }
                }
                return PropertyValue.FromArray(items);
            case Value.KindOneofCase.StructValue:
                return value.StructValue.Fields.TryGetValue(SpecialSignatures.Key, out var signature)
                    ? ReadSpecial(value.StructValue, signature, options, path)
                    : PropertyValue.FromObject(ReadObject(value.StructValue, options, path));
            default:
                throw new PropertyValueException(Display(path), $"has an unsupported value kind {value.KindCase}");
        }
    }

    private static PropertyMap ReadObject(Struct value, StructReadOptions options, string path)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>(value.Fields.Count);
        foreach (var (key, field) in value.Fields)
        {
            if (Read(field, options, PropertyPath.Property(path, key)) is { } item)
            {
                entries.Add(new(key, item));
            }
        }
        return new PropertyMap(entries);
    }

    private static PropertyValue? ReadSpecial(Struct value, Value signature, StructReadOptions options, string path)
    {
        switch (signature.KindCase == Value.KindOneofCase.StringValue ? signature.StringValue : "")
        {
            case SpecialSignatures.Secret:
                var inner = value.Fields.TryGetValue("value", out var wrapped) ? Read(wrapped, options, path) : PropertyValue.Null;
                return inner is null ? null : options.KeepSecrets ? PropertyValue.MakeSecret(inner) : inner;
            case SpecialSignatures.Asset:
            case SpecialSignatures.Archive:
                throw new PropertyValueException(Display(path), "assets and archives are not supported by scpgateway");
            case SpecialSignatures.ResourceReference:
                return ReadReference(value, options, path);
            case SpecialSignatures.Output:
                return ReadOutput(value, options, path);
            default:
                throw new PropertyValueException(Display(path), "is a special value with an unrecognised signature");
        }
    }

    private static PropertyValue? ReadReference(Struct value, StructReadOptions options, string path)
    {
        var urn = OptionalString(value, "urn") ?? throw new PropertyValueException(Display(path), "is a resource reference without a URN");
        var reference = new ResourceReference(urn, OptionalString(value, "id"), OptionalString(value, "packageVersion"));
        if (options.KeepReferencesAndOutputs)
        {
            return PropertyValue.FromReference(reference);
        }
        return reference.Id switch
        {
            null => PropertyValue.FromString(reference.Urn),
            { Length: 0 } => Unknown(UnknownKind.Any, options),
            var id => PropertyValue.FromString(id),
        };
    }

    private static PropertyValue? ReadOutput(Struct value, StructReadOptions options, string path)
    {
        var isSecret = value.Fields.TryGetValue("secret", out var secretFlag)
            && secretFlag.KindCase == Value.KindOneofCase.BoolValue && secretFlag.BoolValue;
        var known = value.Fields.TryGetValue("value", out var wrapped) ? Read(wrapped, options, path) : null;
        if (options.KeepReferencesAndOutputs)
        {
            var dependencies = value.Fields.TryGetValue("dependencies", out var list) && list.KindCase == Value.KindOneofCase.ListValue
                ? list.ListValue.Values.Where(item => item.KindCase == Value.KindOneofCase.StringValue).Select(item => item.StringValue)
                : [];
            return PropertyValue.FromOutput(new OutputValue(known, isSecret, dependencies));
        }
        var unwrapped = known ?? Unknown(UnknownKind.Any, options);
        return unwrapped is not null && isSecret && options.KeepSecrets ? PropertyValue.MakeSecret(unwrapped) : unwrapped;
    }

    private static PropertyValue? Unknown(UnknownKind kind, StructReadOptions options) =>
        options.KeepUnknowns ? PropertyValue.Computed(kind) : null;

    private static string? OptionalString(Struct value, string key) =>
        value.Fields.TryGetValue(key, out var field) && field.KindCase == Value.KindOneofCase.StringValue ? field.StringValue : null;

    private static string Display(string path) => path.Length == 0 ? "<root>" : path;

    private static Value WriteReference(ResourceReference reference)
    {
        var fields = new List<(string, Value)> { ("urn", Value.ForString(reference.Urn)) };
        if (reference.Id is not null)
        {
            fields.Add(("id", Value.ForString(reference.Id)));
        }
        if (reference.PackageVersion is not null)
        {
            fields.Add(("packageVersion", Value.ForString(reference.PackageVersion)));
        }
        return Special(SpecialSignatures.ResourceReference, [.. fields]);
    }

    private static Value WriteOutput(OutputValue output)
    {
        var fields = new List<(string, Value)>();
        if (output.Value is not null)
        {
            fields.Add(("value", ToValue(output.Value)));
        }
        if (output.IsSecret)
        {
            fields.Add(("secret", Value.ForBool(true)));
        }
        if (output.Dependencies.Length > 0)
        {
            fields.Add(("dependencies", Value.ForList(output.Dependencies.Select(Value.ForString).ToArray())));
        }
        return Special(SpecialSignatures.Output, [.. fields]);
    }

    private static Value Special(string signature, params (string Key, Value Value)[] fields)
    {
        var result = new Struct();
        result.Fields.Add(SpecialSignatures.Key, Value.ForString(signature));
        foreach (var (key, field) in fields)
        {
            result.Fields.Add(key, field);
        }
        return Value.ForStruct(result);
    }
}
