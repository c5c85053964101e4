using Pulumi.ScpGateway.SdkGen.Schema;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>
/// Where each object type is used. As in Pulumi's own SDKs, a type gets <c>Inputs/XArgs</c> only
/// when a resource or function takes it as an argument, <c>Inputs/XGetArgs</c> only when it is part
/// of a resource's looked-up state, and <c>Outputs/X</c> only when something returns it; types
/// that appear only in function results would otherwise produce input classes nobody can use.
/// </summary>
public sealed class TypeUsage
{
    private readonly Dictionary<string, ObjectSpec> byName;

    private TypeUsage(PackageSpec package)
    {
        byName = package.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var resources = package.Resources.Append(package.Provider).ToList();
        Args = Reachable(resources.Select(r => r.Inputs).Concat(package.Functions.Select(f => f.Inputs)));
        GetArgs = Reachable(resources.Select(r => r.State));
        Outputs = Reachable(resources.Select(r => r.Outputs).Concat(package.Functions.Select(f => f.Outputs)));
    }

    /// <summary>Types that need <c>Inputs/XArgs</c> (resource and invoke arguments).</summary>
    public IReadOnlySet<string> Args { get; }

    /// <summary>Types that need <c>Inputs/XGetArgs</c> (the state given to <c>Get</c>).</summary>
    public IReadOnlySet<string> GetArgs { get; }

    /// <summary>Types that need <c>Outputs/X</c>.</summary>
    public IReadOnlySet<string> Outputs { get; }

    public static TypeUsage Of(PackageSpec package) => new(package);

    private HashSet<string> Reachable(IEnumerable<ObjectSpec> roots)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ObjectSpec>(roots);
        while (pending.TryPop(out var spec))
        {
            foreach (var property in spec.Properties)
            {
                var name = ObjectName(property.Type);
                if (name is not null && found.Add(name))
                {
                    pending.Push(byName.TryGetValue(name, out var type) ? type : throw new SchemaException($"{spec.Name}.{property.WireName}: unknown type '{name}'"));
                }
            }
        }

        return found;
    }

    private static string? ObjectName(TypeRef type) => type.Kind switch
    {
        TypeKind.Object => type.ObjectName,
        TypeKind.Array or TypeKind.Map => ObjectName(type.Element!),
        _ => null,
    };
}
