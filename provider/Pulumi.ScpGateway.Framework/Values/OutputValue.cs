using System.Collections.Immutable;

namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// An engine output value: a value that may be unknown (<see cref="Value"/> is null), may be
/// secret, and records the resources it depends on.
/// </summary>
public sealed class OutputValue : IEquatable<OutputValue>
{
    public OutputValue(PropertyValue? value, bool isSecret, IEnumerable<string>? dependencies = null)
    {
        Value = value;
        IsSecret = isSecret;
        Dependencies = dependencies?.ToImmutableArray() ?? [];
    }

    /// <summary>The value, or null when it is not known yet.</summary>
    public PropertyValue? Value { get; }

    public bool IsKnown => Value is not null;

    public bool IsSecret { get; }

    /// <summary>URNs of the resources the value came from.</summary>
    public ImmutableArray<string> Dependencies { get; }

    public bool Equals(OutputValue? other) =>
        other is not null
        && IsSecret == other.IsSecret
        && Equals(Value, other.Value)
        && Dependencies.SequenceEqual(other.Dependencies);

    public override bool Equals(object? obj) => Equals(obj as OutputValue);

    public override int GetHashCode() => HashCode.Combine(Value, IsSecret, Dependencies.Length);

    public override string ToString()
    {
        var inner = Value is null ? "[unknown]" : IsSecret ? "[secret]" : Value.ToString();
        return $"output({inner})";
    }
}
