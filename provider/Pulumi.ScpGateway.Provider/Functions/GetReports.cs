using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetReportsArgs : ApiIdArgs
{
    [Input("stageName", "The stage whose traffic is reported.")]
    public string StageName { get; init; } = "";

    [Input("startDate", "The first day, YYYY-MM-DD.")]
    [Pattern(@"^\d{4}-\d{2}-\d{2}$", "a date written YYYY-MM-DD")]
    public string StartDate { get; init; } = "";

    [Input("endDate", "The last day, YYYY-MM-DD.")]
    [Pattern(@"^\d{4}-\d{2}-\d{2}$", "a date written YYYY-MM-DD")]
    public string EndDate { get; init; } = "";
}

public record GetReportsResult
{
    [Output("reports", "One entry per day of the period.")]
    public IReadOnlyList<ReportInfo> Reports { get; init; } = [];

    [Output("topResources", "The most called methods of the period.")]
    public IReadOnlyList<TopResourceInfo> TopResources { get; init; } = [];
}

[Function("getReports", Description = "Daily call reports of an API stage over a period, and its most called methods.")]
public sealed class GetReportsFunction(IApiGatewayClient scp) : Function<GetReportsArgs, GetReportsResult>
{
    public override async Task<GetReportsResult> InvokeAsync(GetReportsArgs args, FunctionContext context)
    {
        var answer = await scp.ListReportsAsync(args.ApiId, new ReportQuery(args.StageName, args.StartDate, args.EndDate), context.CancellationToken);
        return new GetReportsResult
        {
            Reports = [.. answer.Reports.Select(ReportInfo.From)],
            TopResources = [.. answer.TopResources.Select(TopResourceInfo.From)],
        };
    }
}
