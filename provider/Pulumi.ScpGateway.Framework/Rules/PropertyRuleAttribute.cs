using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A validation rule on an input. Rules see known, unwrapped values of the declared scalar
/// type; on a list or map they apply to each element. Unknown values are never checked.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public abstract class PropertyRuleAttribute : Attribute
{
    /// <summary>
    /// Replaces the standard failure text; <c>{value}</c> stands for the offending value
    /// (shown as <c>[secret]</c> for secrets).
    /// </summary>
    public string? Message { get; set; }

    /// <summary>Why the value breaks the rule, in words, or null when it keeps it.</summary>
    protected internal abstract string? Problem(PropertyValue value);

    /// <summary>The value as the rule wants it stored (e.g. upper-cased); most rules keep it.</summary>
    protected internal virtual PropertyValue Normalize(PropertyValue value) => value;
}
