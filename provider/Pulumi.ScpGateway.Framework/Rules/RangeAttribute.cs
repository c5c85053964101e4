using System.Globalization;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The number must lie in [<see cref="Min"/>, <see cref="Max"/>].</summary>
public sealed class RangeAttribute(long min, long max) : PropertyRuleAttribute
{
    public long Min { get; } = min;

    public long Max { get; } = max;

    protected internal override string? Problem(PropertyValue value)
    {
        if (value.Kind == PropertyValueKind.Number && value.AsNumber >= Min && value.AsNumber <= Max)
        {
            return null;
        }
        return Max == long.MaxValue
            ? $"must be at least {Min.ToString(CultureInfo.InvariantCulture)}"
            : $"must be between {Min.ToString(CultureInfo.InvariantCulture)} and {Max.ToString(CultureInfo.InvariantCulture)}";
    }
}
