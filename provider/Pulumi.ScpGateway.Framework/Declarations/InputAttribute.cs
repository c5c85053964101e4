namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Declares a property as an input: its wire name, its description, and whether changing it
/// replaces the resource. A nullable property is optional; a non-nullable one is required unless
/// it has a <see cref="DefaultAttribute"/> or is autonamed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>A change to this input replaces the resource instead of updating it.</summary>
    public bool Replace { get; set; }

    /// <summary>When set, the framework proposes a name if the program gives none.</summary>
    public AutonameStyle Autoname { get; set; }
}
