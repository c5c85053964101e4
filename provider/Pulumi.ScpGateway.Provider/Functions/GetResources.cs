using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetResourcesResult
{
    [Output("resources", "The API's path tree from the root '/', each path with its methods.")]
    public IReadOnlyList<ResourceNode> Resources { get; init; } = [];
}

[Function("getResources", Description = "The paths (resources) of an API as a tree, with their methods.")]
public sealed class GetResourcesFunction(IApiGatewayClient scp) : Function<ApiIdArgs, GetResourcesResult>
{
    public override async Task<GetResourcesResult> InvokeAsync(ApiIdArgs args, FunctionContext context)
    {
        var list = await scp.ListResourcesAsync(args.ApiId, context.CancellationToken);
        return new GetResourcesResult { Resources = ResourceNode.Tree(list.Resources) };
    }
}
