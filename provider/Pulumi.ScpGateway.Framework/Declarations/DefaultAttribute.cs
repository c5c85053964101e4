namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The value Check fills in when the program gives none (a string, bool, int, long or double).
/// Diff treats a missing value and the default as equal.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultAttribute(object value) : Attribute
{
    public object Value { get; } = value;
}
