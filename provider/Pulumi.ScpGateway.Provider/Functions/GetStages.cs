using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetStagesResult
{
    [Output("stages", "The API's stages.")]
    public IReadOnlyList<StageInfo> Stages { get; init; } = [];
}

[Function("getStages", Description = "Lists the stages of an API.")]
public sealed class GetStagesFunction(IApiGatewayClient scp) : Function<ApiIdArgs, GetStagesResult>
{
    public override async Task<GetStagesResult> InvokeAsync(ApiIdArgs args, FunctionContext context)
    {
        var list = await scp.ListStagesAsync(args.ApiId, context.CancellationToken);
        return new GetStagesResult { Stages = [.. list.Stages.Select(s => StageInfo.Fill(new StageInfo(), s))] };
    }
}
