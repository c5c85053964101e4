using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetConnectedEndpointsResult
{
    [Output("endpoints", "The endpoints, every page of them.")]
    public IReadOnlyList<ConnectedEndpointInfo> Endpoints { get; init; } = [];
}

[Function("getConnectedEndpoints", Description = "Lists the PrivateLink endpoints connected to a PRIVATE API, pending ones included.")]
public sealed class GetConnectedEndpointsFunction(IApiGatewayClient scp) : Function<ApiIdArgs, GetConnectedEndpointsResult>
{
    public override async Task<GetConnectedEndpointsResult> InvokeAsync(ApiIdArgs args, FunctionContext context)
    {
        var endpoints = await scp.ListAllConnectedPrivateLinkEndpointsAsync(args.ApiId, context.CancellationToken);
        return new GetConnectedEndpointsResult
        {
            Endpoints = [.. endpoints.Select(e => new ConnectedEndpointInfo { PrivatelinkEndpointId = e.Id, Status = e.Status, CreatedAt = e.CreatedAt })],
        };
    }
}
