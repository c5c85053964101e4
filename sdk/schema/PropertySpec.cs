namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>One property of a resource, object type, function or the provider configuration.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Description">The description, empty when the schema has none.</param>
/// <param name="Required">Listed in the owner's required list.</param>
/// <param name="ReplaceOnChanges">The schema's <c>willReplaceOnChanges</c>.</param>
/// <param name="DefaultEnvironment">The variables of <c>defaultInfo.environment</c>, in order.</param>
public sealed record PropertySpec(
    string Name,
    TypeRef Type,
    string Description,
    bool Required,
    bool Secret,
    bool ReplaceOnChanges,
    DefaultValue? Default,
    IReadOnlyList<string> DefaultEnvironment);

public enum DefaultKind
{
    String,
    Number,
    Boolean,
}

/// <summary>
/// A schema <c>default</c>. <paramref name="Text"/> is the value as a user writes it: the string
/// itself, <c>true</c>/<c>false</c>, or the number in its shortest invariant form (<c>8</c>, <c>1.5</c>).
/// </summary>
public sealed record DefaultValue(DefaultKind Kind, string Text);
