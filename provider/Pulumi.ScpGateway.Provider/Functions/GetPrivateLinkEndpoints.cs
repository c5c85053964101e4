using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetPrivateLinkEndpointsResult
{
    [Output("endpoints", "The endpoints, every page of them.")]
    public IReadOnlyList<PrivateLinkEndpointInfo> Endpoints { get; init; } = [];
}

[Function("getPrivateLinkEndpoints", Description = "Lists the account's PrivateLink endpoints, optionally those whose name contains a text.")]
public sealed class GetPrivateLinkEndpointsFunction(IApiGatewayClient scp) : Function<NameFilterArgs, GetPrivateLinkEndpointsResult>
{
    public override async Task<GetPrivateLinkEndpointsResult> InvokeAsync(NameFilterArgs args, FunctionContext context)
    {
        var endpoints = await scp.ListAllPrivateLinkEndpointsAsync(args.Name, context.CancellationToken);
        return new GetPrivateLinkEndpointsResult { Endpoints = [.. endpoints.Where(e => args.Matches(e.Name)).Select(PrivateLinkEndpointInfo.From)] };
    }
}
