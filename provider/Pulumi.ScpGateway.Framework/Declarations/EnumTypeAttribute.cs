namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Declares a closed set of string values as a schema enum type
/// (<c>&lt;package&gt;:index:&lt;Name&gt;</c>, <c>type: string</c> with an <c>enum</c> list), so
/// SDKs generate a named value for each and the docs list them. Put it on a static class whose
/// <c>public const string</c> fields are the values, in the order the schema lists them; a field's
/// name is the name SDKs give the value (<c>PrivateLink</c> for <c>"PRIVATELINK"</c>). Properties
/// take the set with <c>[OneOf(typeof(TheClass))]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EnumTypeAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}

/// <summary>Describes one value of an <see cref="EnumTypeAttribute"/> class (the schema's enum value description).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class EnumValueAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
