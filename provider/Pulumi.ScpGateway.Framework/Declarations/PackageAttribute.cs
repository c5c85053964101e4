namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Names the Pulumi package an assembly's resources and functions belong to: tokens are
/// <c>&lt;name&gt;:index:&lt;Name&gt;</c>. Declared once, on the package's assembly.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PackageAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
