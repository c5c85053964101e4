using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetApisResult
{
    [Output("apis", "The APIs, every page of them.")]
    public IReadOnlyList<ApiInfo> Apis { get; init; } = [];
}

[Function("getApis", Description = "Lists the account's API Gateway APIs, optionally those whose name contains a text.")]
public sealed class GetApisFunction(IApiGatewayClient scp) : Function<NameFilterArgs, GetApisResult>
{
    public override async Task<GetApisResult> InvokeAsync(NameFilterArgs args, FunctionContext context)
    {
        var apis = await scp.ListAllApisAsync(args.Name, context.CancellationToken);
        return new GetApisResult { Apis = [.. apis.Where(a => args.Matches(a.Name)).Select(a => ApiInfo.Fill(new ApiInfo(), a))] };
    }
}
