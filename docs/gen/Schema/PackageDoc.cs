namespace Pulumi.ScpGateway.DocsGen.Schema;

/// <summary>What the pages show of schema.json: the package, its configuration, resources, functions and nested types.</summary>
public sealed record PackageDoc(
    string Name,
    string Version,
    string Description,
    IReadOnlyList<PropertyDoc> Config,
    IReadOnlyList<ResourceDoc> Resources,
    IReadOnlyList<FunctionDoc> Functions,
    IReadOnlyDictionary<string, ObjectTypeDoc> Types);

/// <summary>A resource; <see cref="Outputs"/> holds only the properties that are not also inputs.</summary>
public sealed record ResourceDoc(
    string Token,
    string Name,
    string Description,
    ImportIdDoc ImportId,
    IReadOnlyList<PropertyDoc> Inputs,
    IReadOnlyList<PropertyDoc> Outputs);

public sealed record FunctionDoc(string Token, string Name, string Description, IReadOnlyList<PropertyDoc> Inputs, IReadOnlyList<PropertyDoc> Outputs);

/// <summary>A named object type (<c>#/types/...</c>) used by properties.</summary>
public sealed record ObjectTypeDoc(string Token, string Name, string Description, IReadOnlyList<PropertyDoc> Properties);

/// <summary>
/// One property. <paramref name="Default"/> is the value as a user writes it (from the schema's
/// <c>default</c>, else from a "Default: `x`" sentence in the description).
/// </summary>
public sealed record PropertyDoc(
    string Name,
    TypeDoc Type,
    string Description,
    bool Required,
    bool Secret,
    bool ReplaceOnChanges,
    string? Default,
    IReadOnlyList<string> Environment);

public enum TypeKind
{
    String,
    Integer,
    Number,
    Boolean,
    Any,
    List,
    Map,
    Object,
}

/// <summary>A property's type; <see cref="ObjectToken"/> names the object type of <see cref="TypeKind.Object"/>.</summary>
public sealed record TypeDoc(TypeKind Kind, TypeDoc? Element = null, string? ObjectToken = null);

/// <summary>
/// A resource's import id, such as <c>&lt;apiId&gt;/&lt;resourceId&gt;</c>, and the example
/// resource name the schema's import section uses.
/// </summary>
public sealed record ImportIdDoc(string Template, IReadOnlyList<string> Parts, string ExampleName);
