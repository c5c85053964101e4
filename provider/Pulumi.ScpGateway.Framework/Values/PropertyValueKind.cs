namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>What a <see cref="PropertyValue"/> holds.</summary>
public enum PropertyValueKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
    /// <summary>A value the engine must keep secret; wraps another value.</summary>
    Secret,
    /// <summary>A value not known yet (preview); remembers which sentinel carried it.</summary>
    Computed,
    ResourceReference,
    Output,
}
