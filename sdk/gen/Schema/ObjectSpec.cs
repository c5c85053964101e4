namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>A set of properties with the names of the required ones, sorted by wire name.</summary>
public sealed record ObjectSpec(string Name, string? Description, IReadOnlyList<PropertySpec> Properties, IReadOnlySet<string> Required)
{
    public static ObjectSpec Empty(string name) => new(name, null, [], new HashSet<string>());

    public bool IsRequired(PropertySpec property) => Required.Contains(property.WireName);
}
