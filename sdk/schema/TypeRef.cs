namespace Pulumi.ScpGateway.PackageSchema;

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

/// <summary>A property's type: a primitive, a list or map of an element type, or a named object type.</summary>
/// <param name="Element">Element type of an array or map.</param>
/// <param name="ObjectToken">Token of the object type (a key of <see cref="PackageSpec.Types"/>).</param>
/// <param name="EnumToken">
/// For a reference to an enum type: its token (a key of <see cref="PackageSpec.Enums"/>); <paramref name="Kind"/>
/// is then the primitive its values are made of, so code that does not care about enums reads it as that primitive.
/// </param>
public sealed record TypeRef(TypeKind Kind, TypeRef? Element = null, string? ObjectToken = null, string? EnumToken = null)
{
    public static readonly TypeRef String = new(TypeKind.String);

    public bool IsCollection => Kind is TypeKind.Array or TypeKind.Map;

    /// <summary>The element type of the innermost array or map; this type itself when it is neither.</summary>
    public TypeRef Innermost => IsCollection ? Element!.Innermost : this;
}
