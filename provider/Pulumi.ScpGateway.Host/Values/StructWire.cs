using System.Text;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// google.protobuf.Struct and Value on the wire, read into <see cref="PropertyMap"/> and written from
/// it directly, decoding and encoding the engine's special objects and unknown sentinels (PROTOCOL.md
/// §4; what the options keep is <see cref="StructConverter"/>'s remark). Check reads and writes its
/// values this way: through Google.Protobuf's map fields they cost more than the rest of the call.
/// Reading here, writing in StructWire.Write.cs.
/// </summary>
/// <remarks>
/// Field numbers (struct.proto): Struct 1 = fields (map entry: 1 key, 2 value); Value 1 null, 2 number,
/// 3 string, 4 bool, 5 struct, 6 list; ListValue 1 = values. As protobuf reads them, a repeated key
/// or a second member of Value's oneof replaces the earlier one, and unknown fields are passed over.
/// </remarks>
internal static partial class StructWire
{
    /// <summary>protobuf's recursion limit, counted as it counts: one per nested message.</summary>
    private const int MaxDepth = 100;

    private const int NullField = 1, NumberField = 2, StringField = 3, BoolField = 4, StructField = 5, ListField = 6;

    // Tags: field number << 3 | wire type.
    private const int EntryTag = 1 << 3 | ProtoWireReader.LengthDelimited, KeyTag = 1 << 3 | ProtoWireReader.LengthDelimited,
        ValueTag = 2 << 3 | ProtoWireReader.LengthDelimited, ItemTag = 1 << 3 | ProtoWireReader.LengthDelimited;

    private static readonly byte[] SignatureKey = Encoding.UTF8.GetBytes(SpecialSignatures.Key);

    /// <summary>A Struct's fields at <paramref name="depth"/> messages down (the request is 0), never read as a special object.</summary>
    public static PropertyMap ReadObject(ReadOnlySpan<byte> body, StructReadOptions options, string path, int depth)
    {
        Enter(depth);
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        var reader = new ProtoWireReader(body);
        while (reader.Next())
        {
            if (reader.Tag != EntryTag)
            {
                reader.Skip();
                continue;
            }
            var key = ReadEntry(reader.Bytes(), depth + 1, out var value, out var hasValue);
            if ((hasValue ? ReadValue(value, options, new(path, key), depth + 2) : PropertyValue.Null) is { } item)
            {
                entries.Add(new(key, item));
            }
        }
        return new PropertyMap(entries.Count > 1 && Repeats(entries) ? Distinct(entries) : entries);
    }

    /// <summary>Null means "leave this out" (an unknown when unknowns are not kept).</summary>
    public static PropertyValue? ReadValue(ReadOnlySpan<byte> body, StructReadOptions options, Location at, int depth)
    {
        Enter(depth);
        switch (Kind(body, out var nested, out var number, out var flag))
        {
            case NumberField:
                return PropertyValue.FromNumber(number);
            case BoolField:
                return PropertyValue.FromBool(flag);
            case StringField:
                var text = Encoding.UTF8.GetString(nested);
                return UnknownSentinels.TryParse(text, out var unknown) ? Unknown(unknown, options) : PropertyValue.FromString(text);
            case StructField:
                return Signature(nested, depth + 1) is { } signature
                    ? ReadSpecial(nested, signature, options, at, depth + 1)
                    : PropertyValue.FromObject(ReadObject(nested, options, at.Path, depth + 1));
            case ListField:
                return ReadList(nested, options, at.Path, depth + 1);
            default:
                return PropertyValue.Null;
        }
    }

    private static PropertyValue ReadList(ReadOnlySpan<byte> body, StructReadOptions options, string path, int depth)
    {
        Enter(depth);
        var items = new List<PropertyValue>();
        var reader = new ProtoWireReader(body);
        var index = 0;
        while (reader.Next())
        {
            if (reader.Tag != ItemTag)
            {
                reader.Skip();
                continue;
            }
            if (ReadValue(reader.Bytes(), options, new(path, index++), depth + 1) is { } item)
            {
                items.Add(item);
            }
        }
        return PropertyValue.FromArray(items);
    }

    private static PropertyValue? ReadSpecial(ReadOnlySpan<byte> body, string signature, StructReadOptions options, Location at, int depth)
    {
        switch (signature)
        {
            case SpecialSignatures.Secret:
                var inner = Field(body, "value"u8, depth, out var wrapped) ? ReadValue(wrapped, options, at, depth + 2) : PropertyValue.Null;
                return inner is null ? null : options.KeepSecrets ? PropertyValue.MakeSecret(inner) : inner;
            case SpecialSignatures.Asset:
            case SpecialSignatures.Archive:
                throw new PropertyValueException(at.Display, "assets and archives are not supported by scpgateway");
            case SpecialSignatures.ResourceReference:
                return ReadReference(body, options, at, depth);
            case SpecialSignatures.Output:
                return ReadOutput(body, options, at, depth);
            default:
                throw new PropertyValueException(at.Display, "is a special value with an unrecognised signature");
        }
    }

    private static PropertyValue? ReadReference(ReadOnlySpan<byte> body, StructReadOptions options, Location at, int depth)
    {
        var urn = OptionalString(body, "urn"u8, depth) ?? throw new PropertyValueException(at.Display, "is a resource reference without a URN");
        var reference = new ResourceReference(urn, OptionalString(body, "id"u8, depth), OptionalString(body, "packageVersion"u8, depth));
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

    private static PropertyValue? ReadOutput(ReadOnlySpan<byte> body, StructReadOptions options, Location at, int depth)
    {
        var isSecret = Field(body, "secret"u8, depth, out var secretFlag) && Kind(secretFlag, out _, out _, out var flag) == BoolField && flag;
        var known = Field(body, "value"u8, depth, out var wrapped) ? ReadValue(wrapped, options, at, depth + 2) : null;
        if (options.KeepReferencesAndOutputs)
        {
            var dependencies = new List<string>();
            if (Field(body, "dependencies"u8, depth, out var list) && Kind(list, out var items, out _, out _) == ListField)
            {
                var reader = new ProtoWireReader(items);
                while (reader.Next())
                {
                    if (reader.Tag != ItemTag)
                    {
                        reader.Skip();
                    }
                    else if (Kind(reader.Bytes(), out var text, out _, out _) == StringField)
                    {
                        dependencies.Add(Encoding.UTF8.GetString(text));
                    }
                }
            }
            return PropertyValue.FromOutput(new OutputValue(known, isSecret, dependencies));
        }
        var unwrapped = known ?? Unknown(UnknownKind.Any, options);
        return unwrapped is not null && isSecret && options.KeepSecrets ? PropertyValue.MakeSecret(unwrapped) : unwrapped;
    }

    private static PropertyValue? Unknown(UnknownKind kind, StructReadOptions options) =>
        options.KeepUnknowns ? PropertyValue.Computed(kind) : null;

    /// <summary>The special object signature of a Struct (a string under <see cref="SpecialSignatures.Key"/>), or null.</summary>
    private static string? Signature(ReadOnlySpan<byte> body, int depth) => OptionalString(body, SignatureKey, depth);

    private static string? OptionalString(ReadOnlySpan<byte> body, ReadOnlySpan<byte> key, int depth) =>
        Field(body, key, depth, out var value) && Kind(value, out var text, out _, out _) == StringField ? Encoding.UTF8.GetString(text) : null;

    /// <summary>The Value under <paramref name="key"/> in a Struct's bytes (the last one, as protobuf keeps it).</summary>
    private static bool Field(ReadOnlySpan<byte> body, ReadOnlySpan<byte> key, int depth, out ReadOnlySpan<byte> value)
    {
        var found = false;
        value = default;
        var reader = new ProtoWireReader(body);
        while (reader.Next())
        {
            if (reader.Tag != EntryTag)
            {
                reader.Skip();
                continue;
            }
            var entry = new ProtoWireReader(reader.Bytes());
            var matches = false;
            ReadOnlySpan<byte> candidate = default;
            while (entry.Next())
            {
                switch (entry.Tag)
                {
                    case KeyTag: matches = entry.Bytes().SequenceEqual(key); break;
                    case ValueTag: candidate = entry.Bytes(); break;
                    default: entry.Skip(); break;
                }
            }
            if (matches)
            {
                Enter(depth + 1);
                found = true;
                value = candidate;
            }
        }
        return found;
    }

    /// <summary>A map entry's key, and its value's bytes when it has one.</summary>
    private static string ReadEntry(ReadOnlySpan<byte> body, int depth, out ReadOnlySpan<byte> value, out bool hasValue)
    {
        Enter(depth);
        var key = "";
        value = default;
        hasValue = false;
        var entry = new ProtoWireReader(body);
        while (entry.Next())
        {
            switch (entry.Tag)
            {
                case KeyTag: key = entry.String(); break;
                case ValueTag: value = entry.Bytes(); hasValue = true; break;
                default: entry.Skip(); break;
            }
        }
        return key;
    }

    /// <summary>Which member of a Value's oneof is set (0 for none), with its payload.</summary>
    private static int Kind(ReadOnlySpan<byte> body, out ReadOnlySpan<byte> nested, out double number, out bool flag)
    {
        var kind = 0;
        nested = default;
        number = 0;
        flag = false;
        var reader = new ProtoWireReader(body);
        while (reader.Next())
        {
            switch (reader.Tag)
            {
                case NullField << 3 | ProtoWireReader.Varint: reader.Number(); kind = NullField; break;
                case NumberField << 3 | ProtoWireReader.Fixed64: number = reader.Double(); kind = NumberField; break;
                case BoolField << 3 | ProtoWireReader.Varint: flag = reader.Bool(); kind = BoolField; break;
                case StringField << 3 | ProtoWireReader.LengthDelimited:
                case StructField << 3 | ProtoWireReader.LengthDelimited:
                case ListField << 3 | ProtoWireReader.LengthDelimited:
                    nested = reader.Bytes();
                    kind = reader.Field;
                    break;
                default: reader.Skip(); break;
            }
        }
        return kind;
    }

    /// <summary>The entries with a repeated key kept once, at its first place with its last value (protobuf's map rule).</summary>
    private static List<KeyValuePair<string, PropertyValue>> Distinct(List<KeyValuePair<string, PropertyValue>> entries)
    {
        var seen = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        var distinct = new List<KeyValuePair<string, PropertyValue>>(entries.Count);
        foreach (var entry in entries)
        {
            if (seen.TryGetValue(entry.Key, out var index))
            {
                distinct[index] = entry;
            }
            else
            {
                seen.Add(entry.Key, distinct.Count);
                distinct.Add(entry);
            }
        }
        return distinct;
    }

    private static bool Repeats(List<KeyValuePair<string, PropertyValue>> entries)
    {
        if (entries.Count <= 8)
        {
            // Most maps are this small: comparing pairs costs less than building a set.
            for (var i = 1; i < entries.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(entries[i].Key, entries[j].Key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.Key))
            {
                return true;
            }
        }
        return false;
    }

    private static void Enter(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new MalformedMessageException($"the message nests more than {MaxDepth} levels", tooDeep: true);
        }
    }

    /// <summary>Where a value sits, made into a path only when an error needs one.</summary>
    public readonly struct Location
    {
        private readonly string _parent;
        private readonly string? _key;
        private readonly int _index;

        public Location(string parent, string key) => (_parent, _key) = (parent, key);

        public Location(string parent, int index) => (_parent, _index) = (parent, index);

        /// <summary>The root of a request's values (a default location).</summary>
        public string Path => _parent is null ? "" : _key is not null ? PropertyPath.Property(_parent, _key) : PropertyPath.Index(_parent, _index);

        public string Display => Path is { Length: > 0 } path ? path : "<root>";
    }
}
