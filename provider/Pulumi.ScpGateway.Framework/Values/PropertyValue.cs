using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// An immutable property value as the engine sends it, without protobuf. Equality is deep;
/// <see cref="ToString"/> never shows what a secret holds.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    public static readonly PropertyValue Null = new(PropertyValueKind.Null, null);
    public static readonly PropertyValue True = new(PropertyValueKind.Bool, true);
    public static readonly PropertyValue False = new(PropertyValueKind.Bool, false);
    public static readonly PropertyValue Unknown = new(PropertyValueKind.Computed, UnknownKind.Any);

    private readonly object? _payload;

    private PropertyValue(PropertyValueKind kind, object? payload)
    {
        Kind = kind;
        _payload = payload;
    }

    public PropertyValueKind Kind { get; }

    public static PropertyValue FromBool(bool value) => value ? True : False;

    public static PropertyValue FromNumber(double value) => new(PropertyValueKind.Number, value);

    public static PropertyValue FromString(string value) => new(PropertyValueKind.String, value);

    public static PropertyValue FromArray(IEnumerable<PropertyValue> items) =>
        new(PropertyValueKind.Array, items.ToImmutableArray());

    public static PropertyValue FromArray(params PropertyValue[] items) => FromArray((IEnumerable<PropertyValue>)items);

    public static PropertyValue FromObject(PropertyMap map) => new(PropertyValueKind.Object, map);

    /// <summary>Wraps in a secret; a value that is already secret stays as it is.</summary>
    public static PropertyValue MakeSecret(PropertyValue value) =>
        value.Kind == PropertyValueKind.Secret ? value : new(PropertyValueKind.Secret, value);

    public static PropertyValue Computed(UnknownKind kind = UnknownKind.Any) =>
        kind == UnknownKind.Any ? Unknown : new(PropertyValueKind.Computed, kind);

    public static PropertyValue FromReference(ResourceReference reference) =>
        new(PropertyValueKind.ResourceReference, reference);

    public static PropertyValue FromOutput(OutputValue output) => new(PropertyValueKind.Output, output);

    public static implicit operator PropertyValue(string value) => FromString(value);

    public static implicit operator PropertyValue(double value) => FromNumber(value);

    public static implicit operator PropertyValue(bool value) => FromBool(value);

    public bool IsNull => Kind == PropertyValueKind.Null;

    public bool IsSecret => Kind == PropertyValueKind.Secret;

    public bool IsComputed => Kind == PropertyValueKind.Computed;

    public bool AsBool => Payload<bool>(PropertyValueKind.Bool);

    public double AsNumber => Payload<double>(PropertyValueKind.Number);

    public string AsString => Payload<string>(PropertyValueKind.String);

    public ImmutableArray<PropertyValue> AsArray => Payload<ImmutableArray<PropertyValue>>(PropertyValueKind.Array);

    public PropertyMap AsObject => Payload<PropertyMap>(PropertyValueKind.Object);

    /// <summary>The wrapped value of a secret.</summary>
    public PropertyValue SecretValue => Payload<PropertyValue>(PropertyValueKind.Secret);

    public UnknownKind AsUnknownKind => Payload<UnknownKind>(PropertyValueKind.Computed);

    public ResourceReference AsReference => Payload<ResourceReference>(PropertyValueKind.ResourceReference);

    public OutputValue AsOutput => Payload<OutputValue>(PropertyValueKind.Output);

    /// <summary>This value without any secret wrapper at its top level.</summary>
    public PropertyValue Unsecret() => IsSecret ? SecretValue : this;

    /// <summary>True if this value is, or anywhere contains, an unknown.</summary>
    public bool ContainsUnknowns() => Kind switch
    {
        PropertyValueKind.Computed => true,
        PropertyValueKind.Secret => SecretValue.ContainsUnknowns(),
        PropertyValueKind.Array => AsArray.Any(item => item.ContainsUnknowns()),
        PropertyValueKind.Object => AsObject.ContainsUnknowns(),
        PropertyValueKind.Output => AsOutput.Value?.ContainsUnknowns() ?? true,
        PropertyValueKind.ResourceReference => AsReference.IdIsUnknown,
        _ => false,
    };

    /// <summary>True if this value is, or anywhere contains, a secret.</summary>
    public bool ContainsSecrets() => Kind switch
    {
        PropertyValueKind.Secret => true,
        PropertyValueKind.Array => AsArray.Any(item => item.ContainsSecrets()),
        PropertyValueKind.Object => AsObject.ContainsSecrets(),
        PropertyValueKind.Output => AsOutput.IsSecret || (AsOutput.Value?.ContainsSecrets() ?? false),
        _ => false,
    };

    /// <summary>This value with every secret wrapper removed, at any depth.</summary>
    public PropertyValue UnwrapSecrets() => Kind switch
    {
        PropertyValueKind.Secret => SecretValue.UnwrapSecrets(),
        PropertyValueKind.Array => FromArray(AsArray.Select(item => item.UnwrapSecrets())),
        PropertyValueKind.Object => FromObject(AsObject.UnwrapSecrets()),
        _ => this,
    };

    public bool Equals(PropertyValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other.Kind != Kind)
        {
            return false;
        }
        return Kind switch
        {
            PropertyValueKind.Null => true,
            // Bit-level comparison so NaN equals NaN and equality stays reflexive.
            PropertyValueKind.Number => AsNumber.Equals(other.AsNumber),
            PropertyValueKind.Array => AsArray.SequenceEqual(other.AsArray),
            _ => Equals(_payload, other._payload),
        };
    }

    public override bool Equals(object? obj) => Equals(obj as PropertyValue);

    public override int GetHashCode() => Kind switch
    {
        PropertyValueKind.Null => 0,
        PropertyValueKind.Array => HashCode.Combine(Kind, AsArray.Length),
        _ => HashCode.Combine(Kind, _payload),
    };

    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    internal void Append(StringBuilder text)
    {
        switch (Kind)
        {
            case PropertyValueKind.Null:
                text.Append("null");
                break;
            case PropertyValueKind.Bool:
                text.Append(AsBool ? "true" : "false");
                break;
            case PropertyValueKind.Number:
                text.Append(AsNumber.ToString("R", CultureInfo.InvariantCulture));
                break;
            case PropertyValueKind.String:
                text.Append('"').Append(AsString).Append('"');
                break;
            case PropertyValueKind.Array:
                text.Append('[');
                for (var i = 0; i < AsArray.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }
                    AsArray[i].Append(text);
                }
                text.Append(']');
                break;
            case PropertyValueKind.Object:
                AsObject.Append(text);
                break;
            case PropertyValueKind.Secret:
                text.Append("[secret]");
                break;
            case PropertyValueKind.Computed:
                text.Append(AsUnknownKind == UnknownKind.Any ? "[unknown]" : $"[unknown {AsUnknownKind.ToString().ToLowerInvariant()}]");
                break;
            default:
                text.Append(_payload);
                break;
        }
    }

    private T Payload<T>(PropertyValueKind expected) =>
        Kind == expected
            ? (T)_payload!
            : throw new InvalidOperationException($"Value is {Kind}, not {expected}.");
}
