using System.Runtime.CompilerServices;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Declares an output-only property (computed by the cloud), or a property of a function result.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute(string name, string description, [CallerLineNumber] int declaredOnLine = 0) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The source line of the declaration (filled in by the compiler), which orders a record's properties.</summary>
    public int DeclaredOnLine { get; } = declaredOnLine;

    /// <summary>
    /// The value never changes after create (ids, creation times), so an update preview shows
    /// the old value rather than an unknown one that would ripple into dependent resources.
    /// </summary>
    public bool Stable { get; set; }
}
