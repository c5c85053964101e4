using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetStageArgs : ApiIdArgs
{
    [Input("stageName", "The stage's name.")]
    public string StageName { get; init; } = "";
}

public record GetStageResult : StageInfo;

[Function("getStage", Description = "Looks up one stage of an API by name.")]
public sealed class GetStageFunction(IApiGatewayClient scp) : Function<GetStageArgs, GetStageResult>
{
    public override async Task<GetStageResult> InvokeAsync(GetStageArgs args, FunctionContext context)
    {
        var shown = await scp.ShowStageAsync(args.ApiId, args.StageName, context.CancellationToken);
        return StageInfo.Fill(new GetStageResult(), shown.Stage);
    }
}
