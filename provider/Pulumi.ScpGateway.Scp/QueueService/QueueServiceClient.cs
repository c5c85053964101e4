using Pulumi.ScpGateway.Scp.Http;
using Pulumi.ScpGateway.Scp.Json;
using Pulumi.ScpGateway.Scp.QueueService.Models;
using static Pulumi.ScpGateway.Scp.Http.ScpUrl;

namespace Pulumi.ScpGateway.Scp.QueueService;

/// <summary>Queue Service 1.0 over HTTP, as the SCP documentation gives it.</summary>
internal sealed class QueueServiceClient(ScpJsonCalls calls) : IQueueServiceClient
{
    private const string Queues = "/v1/queues";
    private const string OneQueue = "/v1/queues/{queue_id}";

    private static readonly ScpJsonContext J = ScpJsonContext.Default;

    public Task<QueueNameCheckResponse> CheckQueueNameDuplicationAsync(string name, CancellationToken cancellationToken) =>
        calls.GetAsync("CheckQueueNameDuplication", Queues + "/check-duplication", J.QueueNameCheckResponse, cancellationToken, [new("name", name)]);

    public Task<QueueCreateResponse> CreateQueueAsync(QueueCreateRequest request, ExistingLookup<QueueCreateResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateQueue", HttpMethod.Post, Queues, request, J.QueueCreateRequest, J.QueueCreateResponse, cancellationToken, findExisting);

    public Task<Queue> ShowQueueAsync(string queueId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowQueue", Path(OneQueue, queueId), J.Queue, cancellationToken);

    public Task<QueueListResponse> ListQueuesAsync(NamedListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListQueue", Queues, J.QueueListResponse, cancellationToken, query.ToPairs());

    public Task<Queue> UpdateQueueConfigAsync(string queueId, QueueConfig request, CancellationToken cancellationToken) =>
        calls.SendAsync("UpdateQueueConfig", HttpMethod.Put, Path(OneQueue + "/config", queueId), request, J.QueueConfig, J.Queue, cancellationToken);

    public Task<QueueIdResponse> UpdateQueueDescriptionAsync(string queueId, QueueDescriptionRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("UpdateQueueDescription", HttpMethod.Put, Path(OneQueue + "/description", queueId), request, J.QueueDescriptionRequest, J.QueueIdResponse, cancellationToken);

    public Task<QueueIdResponse> SetAclAsync(string queueId, QueueAclRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetAcl", HttpMethod.Post, Path(OneQueue + "/acl", queueId), request, J.QueueAclRequest, J.QueueIdResponse, cancellationToken, safeToRepeat: true);

    public Task<QueueIdResponse> DeleteAclAsync(string queueId, QueueAclRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("DeleteAcl", HttpMethod.Delete, Path(OneQueue + "/acl", queueId), request, J.QueueAclRequest, J.QueueIdResponse, cancellationToken);

    public Task DeleteQueueAsync(string queueId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteQueue", Path(OneQueue, queueId), cancellationToken);
}
