using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.QueueService;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetQueuesResult
{
    [Output("queues", "The queues, every page of them.")]
    public IReadOnlyList<QueueSummaryInfo> Queues { get; init; } = [];
}

[Function("getQueues", Description = "Lists the account's Queue Service queues, optionally those whose name contains a text.")]
public sealed class GetQueuesFunction(IQueueServiceClient scp) : Function<NameFilterArgs, GetQueuesResult>
{
    public override async Task<GetQueuesResult> InvokeAsync(NameFilterArgs args, FunctionContext context)
    {
        var queues = await scp.ListAllQueuesAsync(args.Name, context.CancellationToken);
        return new GetQueuesResult { Queues = [.. queues.Where(q => args.Matches(q.Name)).Select(QueueSummaryInfo.From)] };
    }
}
