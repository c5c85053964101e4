using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("ResourceNode", "One path of an API with its methods and the paths below it.")]
public record ResourceNode
{
    [Output("resourceId", "The resource's SCP id.")]
    public string ResourceId { get; init; } = "";

    [Output("path", "The full path, e.g. /users/{id}.")]
    public string Path { get; init; } = "";

    [Output("pathPart", "The last segment of the path.")]
    public string PathPart { get; init; } = "";

    [Output("methods", "The methods of this path.")]
    public IReadOnlyList<MethodInfo> Methods { get; init; } = [];

    [Output("children", "The paths directly below this one.")]
    public IReadOnlyList<ResourceNode> Children { get; init; } = [];

    /// <summary>The tree of a flat resource list: roots are the resources whose parent is not in it.</summary>
    public static IReadOnlyList<ResourceNode> Tree(IReadOnlyList<Resource> resources)
    {
        var ids = resources.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var byParent = resources.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        return Build(resources.Where(r => !ids.Contains(r.ParentId)), byParent);
    }

    private static List<ResourceNode> Build(IEnumerable<Resource> level, ILookup<string, Resource> byParent) =>
        [.. level.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => new ResourceNode
        {
            ResourceId = r.Id,
            Path = r.Path,
            PathPart = r.PathPart,
            Methods = [.. r.Methods.OrderBy(m => m.MethodType, StringComparer.Ordinal).Select(MethodInfo.From)],
            Children = Build(byParent[r.Id], byParent),
        })];
}
