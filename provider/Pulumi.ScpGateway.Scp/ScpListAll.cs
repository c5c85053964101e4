using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.QueueService;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Whole-list reads over the paged list operations (every page, in order). Name filters are
/// passed to SCP as given; SCP may match them loosely, so callers compare names exactly.
/// </summary>
public static class ScpListAll
{
    public static Task<IReadOnlyList<Api>> ListAllApisAsync(this IApiGatewayClient client, string? name, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListApisAsync(new NamedListQuery { Page = page, Size = size, Name = name }, ct),
            r => r.Apis, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<AccessControl>> ListAllAccessControlsAsync(this IApiGatewayClient client, string apiId, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListAccessControlsAsync(apiId, new ListQuery { Page = page, Size = size }, ct),
            r => r.AccessControls, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<ApiDeployment>> ListAllApiDeploymentsAsync(this IApiGatewayClient client, string apiId, string? stageName, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListApiDeploymentsAsync(apiId, new DeploymentListQuery { Page = page, Size = size, StageName = stageName }, ct),
            r => r.Deployments, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<ApiKey>> ListAllApiKeysAsync(this IApiGatewayClient client, string apiId, string usagePlanId, string? name, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListApiKeysAsync(apiId, usagePlanId, new NamedListQuery { Page = page, Size = size, Name = name }, ct),
            r => r.ApiKeys, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<Auth>> ListAllAuthsAsync(this IApiGatewayClient client, string apiId, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListAuthsAsync(apiId, new ListQuery { Page = page, Size = size }, ct),
            r => r.Auths, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<UsagePlanSummary>> ListAllUsagePlansAsync(this IApiGatewayClient client, string apiId, string? name, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListUsagePlansAsync(apiId, new NamedListQuery { Page = page, Size = size, Name = name }, ct),
            r => r.UsagePlans, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<PrivateLinkEndpoint>> ListAllPrivateLinkEndpointsAsync(this IApiGatewayClient client, string? name, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListPrivateLinkEndpointsAsync(new NamedListQuery { Page = page, Size = size, Name = name }, ct),
            r => r.PrivateLinkEndpoints, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<PrivateLinkEndpointSummary>> ListAllConnectedPrivateLinkEndpointsAsync(this IApiGatewayClient client, string apiId, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListConnectedPrivateLinkEndpointsAsync(apiId, new ListQuery { Page = page, Size = size }, ct),
            r => r.ConnectedEndpoints, r => r.Count, cancellationToken);

    public static Task<IReadOnlyList<QueueSummary>> ListAllQueuesAsync(this IQueueServiceClient client, string? name, CancellationToken cancellationToken) =>
        ScpPaging.ReadAllAsync(
            (page, size, ct) => client.ListQueuesAsync(new NamedListQuery { Page = page, Size = size, Name = name }, ct),
            r => r.Queues, r => r.Count, cancellationToken);
}
