using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("QueueSummaryInfo", "A Queue Service queue as the queue list shows it.")]
public record QueueSummaryInfo
{
    [Output("queueId", "The queue's SCP id.")]
    public string QueueId { get; init; } = "";

    [Output("name", "The queue's name.")]
    public string Name { get; init; } = "";

    [Output("type", "The queue type: FIFO for a FIFO queue, otherwise the standard type.")]
    public string Type { get; init; } = "";

    [Output("state", "CREATING until the queue is usable, then ACTIVE.")]
    public string State { get; init; } = "";

    [Output("numberWaitMessages", "Messages waiting to be consumed.")]
    public int NumberWaitMessages { get; init; }

    [Output("accountId", "The SCP account that owns the queue.")]
    public string AccountId { get; init; } = "";

    [Output("createdAt", "When the queue was created.")]
    public string CreatedAt { get; init; } = "";

    [Output("modifiedAt", "When the queue was last changed.")]
    public string ModifiedAt { get; init; } = "";

    public static QueueSummaryInfo From(IQueueHeader queue) => new()
    {
        QueueId = queue.Id,
        Name = queue.Name,
        Type = queue.Type,
        State = queue.State,
        NumberWaitMessages = queue.NumberWaitMessages,
        AccountId = queue.AccountId,
        CreatedAt = queue.CreatedAt,
        ModifiedAt = queue.ModifiedAt,
    };
}
