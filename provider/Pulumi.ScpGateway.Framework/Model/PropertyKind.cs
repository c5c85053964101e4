namespace Pulumi.ScpGateway.Framework;

/// <summary>The shapes a declared property can have.</summary>
public enum PropertyKind
{
    String,
    Bool,

    /// <summary>A 32-bit integer (C# int).</summary>
    Integer,

    /// <summary>A 64-bit integer (C# long).</summary>
    Long,
    Number,
    Array,

    /// <summary>String keys to values of one element type.</summary>
    Map,

    /// <summary>A nested record with declared properties of its own.</summary>
    Object,
}
