using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The string's length must lie in [<see cref="Min"/>, <see cref="Max"/>]; autonaming keeps within <see cref="Max"/>.</summary>
public sealed class LengthAttribute(int min, int max) : PropertyRuleAttribute
{
    public int Min { get; } = min;

    public int Max { get; } = max;

    protected internal override string? Problem(PropertyValue value)
    {
        var length = value.Kind == PropertyValueKind.String ? value.AsString.Length : -1;
        return length >= Min && length <= Max ? null : $"must be {Min} to {Max} characters long";
    }
}
