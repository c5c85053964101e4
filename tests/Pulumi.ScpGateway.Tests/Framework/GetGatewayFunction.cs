using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

public record GetGatewayArgs
{
    [Input("name", "The gateway's name.")]
    public string Name { get; init; } = "";

    [Input("limit", "How many routes to list at most.")]
    [Range(1, 100)]
    [Default(10)]
    public int Limit { get; init; }
}

public record GetGatewayResult
{
    [Output("gatewayId", "The gateway's id.")]
    public string GatewayId { get; init; } = "";

    [Output("accessKey", "The key clients call with.")]
    [Secret]
    public string AccessKey { get; init; } = "";

    [Output("routes", "Its routes.")]
    public IReadOnlyList<RouteSummary> Routes { get; init; } = [];
}

[ObjectType("RouteSummary", "One route of a gateway.")]
public record RouteSummary
{
    [Output("path", "The full path.")]
    public string Path { get; init; } = "";

    [Output("children", "Routes below this one.")]
    public IReadOnlyList<RouteSummary>? Children { get; init; }
}

[Function("getGateway", Description = "Looks a test gateway up by name.")]
public sealed class GetGatewayFunction(GatewayStore store) : Function<GetGatewayArgs, GetGatewayResult>
{
    public override Task<GetGatewayResult> InvokeAsync(GetGatewayArgs args, FunctionContext context)
    {
        var (id, state) = store.Gateways.FirstOrDefault(pair => pair.Value.Name == args.Name);
        if (state is null)
        {
            throw new InvalidOperationException($"no gateway is named '{args.Name}'");
        }
        var routes = Enumerable.Range(1, args.Limit).Select(i => new RouteSummary { Path = $"/r{i}", Children = [new RouteSummary { Path = $"/r{i}/x" }] });
        return Task.FromResult(new GetGatewayResult { GatewayId = id, AccessKey = state.AccessKey!, Routes = [.. routes] });
    }
}
