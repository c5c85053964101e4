using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>
/// Where each object type is used. As in Pulumi's own SDKs, a type gets <c>Inputs/XArgs</c> only
/// when a resource or function takes it as an argument, <c>Inputs/XGetArgs</c> only when it is part
/// of a resource's looked-up state, and <c>Outputs/X</c> only when something returns it; types
/// that appear only in function results would otherwise produce input classes nobody can use.
/// </summary>
public sealed class TypeUsage
{
    private TypeUsage(PackageSpec package)
    {
        var resources = package.Resources.Append(package.Provider).ToList();
        Args = Reached(package, resources.Select(r => r.Inputs).Concat(package.Functions.Select(f => f.Inputs)));
        GetArgs = Reached(package, resources.Select(r => r.State));
        Outputs = Reached(package, resources.Select(r => r.Outputs).Concat(package.Functions.Select(FunctionEmitter.Outputs)));
    }

    /// <summary>Tokens of the types that need <c>Inputs/XArgs</c> (resource and invoke arguments).</summary>
    public IReadOnlySet<string> Args { get; }

    /// <summary>Tokens of the types that need <c>Inputs/XGetArgs</c> (the state given to <c>Get</c>).</summary>
    public IReadOnlySet<string> GetArgs { get; }

    /// <summary>Tokens of the types that need <c>Outputs/X</c>.</summary>
    public IReadOnlySet<string> Outputs { get; }

    public static TypeUsage Of(PackageSpec package) => new(package);

    private static IReadOnlySet<string> Reached(PackageSpec package, IEnumerable<ObjectSpec> roots) =>
        package.TypesReachedFrom(roots.SelectMany(root => root.Properties));
}
