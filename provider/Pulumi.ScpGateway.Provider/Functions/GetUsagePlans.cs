using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetUsagePlansArgs : ApiIdArgs
{
    [Input("name", "Only usage plans whose name contains this text (case-sensitive); all of them when omitted.")]
    public string? Name { get; init; }
}

public record GetUsagePlansResult
{
    [Output("usagePlans", "The API's usage plans, every page of them.")]
    public IReadOnlyList<UsagePlanInfo> UsagePlans { get; init; } = [];
}

[Function("getUsagePlans", Description = "Lists the usage plans of an API.")]
public sealed class GetUsagePlansFunction(IApiGatewayClient scp) : Function<GetUsagePlansArgs, GetUsagePlansResult>
{
    public override async Task<GetUsagePlansResult> InvokeAsync(GetUsagePlansArgs args, FunctionContext context)
    {
        var plans = await scp.ListAllUsagePlansAsync(args.ApiId, args.Name, context.CancellationToken);
        var filter = new NameFilterArgs { Name = args.Name };
        return new GetUsagePlansResult { UsagePlans = [.. plans.Where(p => filter.Matches(p.Name)).Select(UsagePlanInfo.From)] };
    }
}
