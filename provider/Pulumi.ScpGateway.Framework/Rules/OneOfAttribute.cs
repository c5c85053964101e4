using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The string must be one of <see cref="Values"/>. With <see cref="UpperCase"/> or
/// <see cref="LowerCase"/> Check folds the case first (for APIs that compare enums case-sensitively).
/// </summary>
public sealed class OneOfAttribute(params string[] values) : PropertyRuleAttribute
{
    public IReadOnlyList<string> Values { get; } = values;

    public bool UpperCase { get; set; }

    public bool LowerCase { get; set; }

    protected internal override string? Problem(PropertyValue value) =>
        value.Kind == PropertyValueKind.String && Values.Contains(value.AsString, StringComparer.Ordinal)
            ? null
            : $"must be one of {string.Join(", ", Values)}";

    protected internal override PropertyValue Normalize(PropertyValue value)
    {
        if (value.Kind != PropertyValueKind.String)
        {
            return value;
        }
        if (UpperCase)
        {
            return PropertyValue.FromString(value.AsString.ToUpperInvariant());
        }
        return LowerCase ? PropertyValue.FromString(value.AsString.ToLowerInvariant()) : value;
    }
}
