namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Names and describes a record used as a nested property type; it becomes
/// <c>&lt;package&gt;:index:&lt;Name&gt;</c> in the schema's types. Without it the record's own name is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ObjectTypeAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}
