using System.Collections.Concurrent;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Tokens of a package: <c>&lt;package&gt;:index:&lt;Name&gt;</c>, the package named by its assembly's <see cref="PackageAttribute"/>.</summary>
public static class PackageTokens
{
    private static readonly ConcurrentDictionary<Assembly, string> Packages = new();

    public static string For(Type declaredIn, string name) => $"{PackageOf(declaredIn)}:index:{name}";

    public static string PackageOf(Type declaredIn) =>
        Packages.GetOrAdd(declaredIn.Assembly, static assembly => assembly.GetCustomAttribute<PackageAttribute>()?.Name
            ?? throw new InvalidOperationException($"Assembly {assembly.GetName().Name} declares no [assembly: Package(\"name\")]."));
}
