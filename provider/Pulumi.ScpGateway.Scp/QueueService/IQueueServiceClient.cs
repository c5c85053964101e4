using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Scp.QueueService;

/// <summary>Every Queue Service 1.0 operation. Failures raise <see cref="ScpApiException"/>.</summary>
public interface IQueueServiceClient
{
    /// <summary>GET /v1/queues/check-duplication?name=.</summary>
    Task<QueueNameCheckResponse> CheckQueueNameDuplicationAsync(string name, CancellationToken cancellationToken);
    /// <summary>POST /v1/queues (poll <see cref="ShowQueueAsync"/> until state ACTIVE). See IApiGatewayClient about findExisting.</summary>
    Task<QueueCreateResponse> CreateQueueAsync(QueueCreateRequest request, ExistingLookup<QueueCreateResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/queues/{queue_id}.</summary>
    Task<Queue> ShowQueueAsync(string queueId, CancellationToken cancellationToken);
    /// <summary>GET /v1/queues (one page).</summary>
    Task<QueueListResponse> ListQueuesAsync(NamedListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/queues/{queue_id}/config.</summary>
    Task<Queue> UpdateQueueConfigAsync(string queueId, QueueConfig request, CancellationToken cancellationToken);
    /// <summary>PUT /v1/queues/{queue_id}/description.</summary>
    Task<QueueIdResponse> UpdateQueueDescriptionAsync(string queueId, QueueDescriptionRequest request, CancellationToken cancellationToken);
    /// <summary>POST /v1/queues/{queue_id}/acl: adds allowed IPs (repeating it is harmless, so it is retried).</summary>
    Task<QueueIdResponse> SetAclAsync(string queueId, QueueAclRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/queues/{queue_id}/acl with a body: removes allowed IPs.</summary>
    Task<QueueIdResponse> DeleteAclAsync(string queueId, QueueAclRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/queues/{queue_id}.</summary>
    Task DeleteQueueAsync(string queueId, CancellationToken cancellationToken);
}
