namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>A set of properties, in the order the reader was asked for (<see cref="PropertyOrder"/>).</summary>
public sealed record ObjectSpec(IReadOnlyList<PropertySpec> Properties)
{
    public static readonly ObjectSpec Empty = new([]);

    public bool HasRequired => Properties.Any(property => property.Required);
}

/// <summary>A named object type of the schema's <c>types</c> section (referenced as <c>#/types/&lt;token&gt;</c>).</summary>
/// <param name="Name">The last segment of the token.</param>
public sealed record ObjectTypeSpec(string Token, string Name, string Description, ObjectSpec Object);

/// <summary>How the properties of each object are ordered.</summary>
public enum PropertyOrder
{
    /// <summary>As schema.json lists them: the order the provider declares them in.</summary>
    Declaration,

    /// <summary>Ordinally by name, so that output does not depend on the order of JSON members.</summary>
    Name,
}
