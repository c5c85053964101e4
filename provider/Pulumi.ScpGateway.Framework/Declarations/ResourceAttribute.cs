namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Declares a resource: its name (the token is <c>&lt;package&gt;:index:&lt;Name&gt;</c>, see <see cref="PackageAttribute"/>), its import
/// id template such as <c>{apiId}/{resourceId}</c> (placeholders are wire names of state
/// properties) and its description.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResourceAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public string ImportId { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The create/update timeout when the engine sends none.</summary>
    public int DefaultTimeoutMinutes { get; set; } = 20;
}
