namespace Pulumi.ScpGateway.Framework;

/// <summary>Declares a function (invoke): token <c>&lt;package&gt;:index:&lt;name&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; set; } = "";
}
