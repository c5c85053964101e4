using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.QueueService;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetQueueArgs : ICrossPropertyRules
{
    [Input("queueId", "The queue's SCP id. Give either queueId or name.")]
    public string? QueueId { get; init; }

    [Input("name", "The queue's exact name. Give either queueId or name.")]
    public string? Name { get; init; }

    public IEnumerable<CheckFailure> Check(UnknownInputs unknown)
    {
        if (unknown.AllKnown("queueId", "name") && (QueueId is null) == (Name is null))
        {
            yield return new CheckFailure("queueId", "give exactly one of queueId and name");
        }
    }
}

public record GetQueueResult : QueueSummaryInfo
{
    public GetQueueResult()
    {
    }

    private GetQueueResult(QueueSummaryInfo header) : base(header)
    {
    }

    public static GetQueueResult From(Queue queue) => new(QueueSummaryInfo.From(queue))
    {
        Description = queue.Description,
        MessageRetentionPeriod = queue.MessageRetentionPeriod,
        MessageRetentionPeriodUnit = queue.MessageRetentionPeriodUnit,
        MessageSize = queue.MessageSize,
        DataKeyReusePeriod = queue.DataKeyReusePeriod,
        DataKeyReusePeriodUnit = queue.DataKeyReusePeriodUnit,
        Encryption = QueueEncryptionArgs.From(queue.Encryption),
        AllowedIpAddresses = ScpStringList.Split(queue.AllowIpAccess) ?? [],
    };

    [Output("description", "The queue's description; empty when it has none.")]
    public string Description { get; init; } = "";

    [Output("messageRetentionPeriod", "How long an unconsumed message is kept, in messageRetentionPeriodUnit.")]
    public int MessageRetentionPeriod { get; init; }

    [Output("messageRetentionPeriodUnit", "second, minute, hour or day.")]
    [OneOf(typeof(RetentionPeriodUnits))]
    public string MessageRetentionPeriodUnit { get; init; } = "";

    [Output("messageSize", "The largest message accepted, in KB.")]
    public int MessageSize { get; init; }

    [Output("dataKeyReusePeriod", "How long one data key is reused, in dataKeyReusePeriodUnit.")]
    public int? DataKeyReusePeriod { get; init; }

    [Output("dataKeyReusePeriodUnit", "minute or hour.")]
    [OneOf(typeof(DataKeyReusePeriodUnits))]
    public string? DataKeyReusePeriodUnit { get; init; }

    [Output("encryption", "The KMS key that encrypts the queue's messages, if any.")]
    public QueueEncryptionArgs? Encryption { get; init; }

    [Output("allowedIpAddresses", "Source addresses allowed to reach the queue.")]
    public IReadOnlyList<string> AllowedIpAddresses { get; init; } = [];
}

[Function("getQueue", Description = "Looks up one Queue Service queue by its id or its exact name.")]
public sealed class GetQueueFunction(IQueueServiceClient scp) : Function<GetQueueArgs, GetQueueResult>
{
    public override async Task<GetQueueResult> InvokeAsync(GetQueueArgs args, FunctionContext context)
    {
        var queueId = args.QueueId ?? await IdByNameAsync(args.Name!, context.CancellationToken);
        var queue = await scp.ShowQueueAsync(queueId, context.CancellationToken);
        return GetQueueResult.From(queue);
    }

    private async Task<string> IdByNameAsync(string name, CancellationToken cancellationToken)
    {
        var queues = await scp.ListAllQueuesAsync(name, cancellationToken);
        return queues.FirstOrDefault(q => q.Name == name)?.Id
            ?? throw new FunctionLookupException($"no queue is named '{EchoedValue.Of(name)}'");
    }
}
