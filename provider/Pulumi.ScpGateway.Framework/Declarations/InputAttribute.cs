using System.Runtime.CompilerServices;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Declares a property as an input: its wire name, its description, and whether changing it
/// replaces the resource. A nullable property is optional; a non-nullable one is required unless
/// it has a <see cref="DefaultAttribute"/> or is autonamed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute(string name, string description, [CallerLineNumber] int declaredOnLine = 0) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The source line of the declaration (filled in by the compiler), which orders a record's properties.</summary>
    public int DeclaredOnLine { get; } = declaredOnLine;

    /// <summary>A change to this input replaces the resource instead of updating it.</summary>
    public bool Replace { get; set; }

    /// <summary>When set, the framework proposes a name if the program gives none.</summary>
    public AutonameStyle Autoname { get; set; }
}
