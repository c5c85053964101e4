namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>The shape of a schema type, reduced to what the C# SDK distinguishes.</summary>
public enum TypeKind
{
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Map,
    Object,
    Any,
    Json,
}

/// <summary>A schema type reference: a primitive, a list or map of an element type, or a named object type.</summary>
/// <param name="Kind">What the type is.</param>
/// <param name="Element">Element type of an array or map.</param>
/// <param name="ObjectName">C# name of a referenced object type (Pascal case, no namespace).</param>
public sealed record TypeRef(TypeKind Kind, TypeRef? Element = null, string? ObjectName = null)
{
    public static readonly TypeRef String = new(TypeKind.String);

    public bool IsCollection => Kind is TypeKind.Array or TypeKind.Map;
}
