using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// An immutable map of property names to values that keeps insertion order (for readable
/// output) but compares like a map (order does not matter for equality). Typed getters look
/// through secret wrappers; a wrong type is a <see cref="PropertyValueException"/> naming the key.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyMap>
{
    public static readonly PropertyMap Empty = new([]);

    // Most maps (a resource's inputs, a tag map) are small: up to this many entries a scan finds a
    // key faster than a dictionary is built, and Check builds several maps per call.
    private const int ScannedUpTo = 8;

    private readonly ImmutableArray<KeyValuePair<string, PropertyValue>> _entries;
    private readonly Dictionary<string, PropertyValue>? _byKey;

    public PropertyMap(IEnumerable<KeyValuePair<string, PropertyValue>> entries)
    {
        _entries = entries.ToImmutableArray();
        if (_entries.Length > ScannedUpTo)
        {
            _byKey = new Dictionary<string, PropertyValue>(_entries.Length, StringComparer.Ordinal);
        }
        for (var i = 0; i < _entries.Length; i++)
        {
            var (key, value) = _entries[i];
            if (_byKey is null ? IndexOf(key, before: i) >= 0 : !_byKey.TryAdd(key, value))
            {
                throw new ArgumentException($"Duplicate property '{key}'.", nameof(entries));
            }
        }
    }

    private int IndexOf(string key, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(entry => entry.Key);

    public IEnumerable<PropertyValue> Values => _entries.Select(entry => entry.Value);

    public PropertyValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The property '{key}' is not in the map.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PropertyValue value)
    {
        if (_byKey is not null)
        {
            return _byKey.TryGetValue(key, out value);
        }
        var index = IndexOf(key, before: _entries.Length);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    /// <summary>A copy with <paramref name="key"/> set (replacing it in place if present).</summary>
    public PropertyMap With(string key, PropertyValue value)
    {
        if (!ContainsKey(key))
        {
            return new PropertyMap(_entries.Add(new(key, value)));
        }
        return new PropertyMap(_entries.Select(entry => entry.Key == key ? new KeyValuePair<string, PropertyValue>(key, value) : entry));
    }

    public PropertyMap Without(string key) =>
        ContainsKey(key) ? new PropertyMap(_entries.Where(entry => entry.Key != key)) : this;

    /// <summary>False when the key is missing, null or unknown; throws when it is not a string.</summary>
    public bool TryGetString(string key, [NotNullWhen(true)] out string? value)
    {
        value = Known(key, PropertyValueKind.String, "a string")?.AsString;
        return value is not null;
    }

    public bool TryGetBool(string key, out bool value)
    {
        var known = Known(key, PropertyValueKind.Bool, "a boolean");
        value = known?.AsBool ?? false;
        return known is not null;
    }

    public bool TryGetNumber(string key, out double value)
    {
        var known = Known(key, PropertyValueKind.Number, "a number");
        value = known?.AsNumber ?? 0;
        return known is not null;
    }

    /// <summary>False when missing, null or unknown; throws unless the number is exactly an int32.</summary>
    public bool TryGetInt32(string key, out int value) =>
        TryGetWhole(key, ExactNumber.TryToInt32, int.MinValue, int.MaxValue, out value);

    /// <summary>False when missing, null or unknown; throws unless the number is exactly an int64.</summary>
    public bool TryGetInt64(string key, out long value) =>
        TryGetWhole(key, ExactNumber.TryToInt64, long.MinValue, long.MaxValue, out value);

    public string GetString(string key) =>
        TryGetString(key, out var value) ? value : throw Required(key);

    public int GetInt32(string key) =>
        TryGetInt32(key, out var value) ? value : throw Required(key);

    /// <summary>True if the property itself is a secret (or a secret output).</summary>
    public bool IsSecret(string key) =>
        TryGetValue(key, out var value)
        && (value.IsSecret || (value.Kind == PropertyValueKind.Output && value.AsOutput.IsSecret));

    public bool ContainsUnknowns() => _entries.Any(entry => entry.Value.ContainsUnknowns());

    public bool ContainsSecrets() => _entries.Any(entry => entry.Value.ContainsSecrets());

    /// <summary>A copy with every secret wrapper removed, at any depth.</summary>
    public PropertyMap UnwrapSecrets() =>
        ContainsSecrets() ? new PropertyMap(_entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value.UnwrapSecrets()))) : this;

    /// <summary>A copy with the named top-level properties (those present) wrapped as secrets.</summary>
    public PropertyMap WrapSecrets(IEnumerable<string> keys)
    {
        var secret = keys.ToHashSet(StringComparer.Ordinal);
        return new PropertyMap(_entries.Select(entry => secret.Contains(entry.Key)
            ? new KeyValuePair<string, PropertyValue>(entry.Key, PropertyValue.MakeSecret(entry.Value))
            : entry));
    }

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, PropertyValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other.Count != Count)
        {
            return false;
        }
        foreach (var (key, value) in _entries)
        {
            if (!other.TryGetValue(key, out var theirs) || !value.Equals(theirs))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PropertyMap);

    public override int GetHashCode()
    {
        // Order-insensitive, to agree with Equals.
        var hash = 0;
        foreach (var (key, value) in _entries)
        {
            hash ^= HashCode.Combine(key, value);
        }
        return hash;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    internal void Append(StringBuilder text)
    {
        text.Append('{');
        var first = true;
        foreach (var (key, value) in _entries)
        {
            text.Append(first ? "" : ", ").Append(key).Append(": ");
            value.Append(text);
            first = false;
        }
        text.Append('}');
    }

    private PropertyValue? Known(string key, PropertyValueKind kind, string description)
    {
        if (!TryGetValue(key, out var value))
        {
            return null;
        }
        value = value.Unsecret();
        if (value.Kind == PropertyValueKind.Null || value.ContainsUnknowns())
        {
            return null;
        }
        return value.Kind == kind ? value : throw new PropertyValueException(key, $"must be {description}");
    }

    private delegate bool WholeConversion<T>(double number, out T value);

    private bool TryGetWhole<T>(string key, WholeConversion<T> convert, T min, T max, out T value)
        where T : struct
    {
        value = default;
        if (!TryGetNumber(key, out var number))
        {
            return false;
        }
        return convert(number, out value)
            ? true
            : throw new PropertyValueException(key, $"must be a whole number between {min} and {max}");
    }

    private static PropertyValueException Required(string key) => new(key, "is required");
}
