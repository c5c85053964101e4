namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>Declares a function (invoke): token <c>scpgateway:index:&lt;name&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; set; } = "";
}
