using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The plain semantic version of an assembly, as the engine compares plugin versions.</summary>
public static class PackageVersion
{
    public static string Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // Drop build metadata ("0.1.0+abc123").
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
