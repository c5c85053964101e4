using System.Diagnostics.CodeAnalysis;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The string must be one of <see cref="Values"/>. With <see cref="UpperCase"/> or
/// <see cref="LowerCase"/> Check folds the case first (for APIs that compare enums case-sensitively).
/// Given an <see cref="EnumTypeAttribute"/> class, the values are that class's and the schema
/// declares the property with the enum type (on outputs the attribute only does the latter).
/// </summary>
public sealed class OneOfAttribute : PropertyRuleAttribute
{
    public OneOfAttribute(params string[] values)
    {
        Values = values;
    }

    public OneOfAttribute([DynamicallyAccessedMembers(EnumDeclaration.DeclaredMembers)] Type enumType)
    {
        Enum = EnumDeclaration.Of(enumType);
        Values = [.. Enum.Values.Select(value => value.Value)];
    }

    public IReadOnlyList<string> Values { get; }

    /// <summary>The enum type the values come from, when declared with one.</summary>
    public EnumDeclaration? Enum { get; }

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
