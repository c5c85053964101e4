using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// The API Gateway client adopt reads through: every show and list answer is kept for the run, so the
/// resources' own Read code, run once per object, asks SCP for each page only once (an API key's Read
/// lists its plan's keys; adopt has listed them already). Adopt never changes SCP: the other calls refuse.
/// </summary>
public sealed class CachedApiGatewayReads(IApiGatewayClient scp) : IApiGatewayClient
{
    private readonly AnswerCache _answers = new();

    public Task<ApiCreateResponse> CreateApiAsync(ApiCreateRequest request, ExistingLookup<ApiCreateResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateApiAsync));

    public Task<ApiShowResponse> ShowApiAsync(string apiId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowApiAsync), [apiId], () => scp.ShowApiAsync(apiId, cancellationToken));

    public Task<ApiListResponse> ListApisAsync(NamedListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListApisAsync), [Key(query)], () => scp.ListApisAsync(query, cancellationToken));

    public Task<ApiShowResponse> SetApiDescriptionAsync(string apiId, DescriptionRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetApiDescriptionAsync));

    public Task DeleteApiAsync(string apiId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteApiAsync));

    public Task<AccessControl> CreateAccessControlAsync(string apiId, AccessControlCreateRequest request, ExistingLookup<AccessControl>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateAccessControlAsync));

    public Task<AccessControlShowResponse> ShowAccessControlAsync(string apiId, string accessControlId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowAccessControlAsync), [apiId, accessControlId], () => scp.ShowAccessControlAsync(apiId, accessControlId, cancellationToken));

    public Task<AccessControlListResponse> ListAccessControlsAsync(string apiId, ListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListAccessControlsAsync), [apiId, Key(query)], () => scp.ListAccessControlsAsync(apiId, query, cancellationToken));

    public Task<AccessControlShowResponse> SetAccessControlAsync(string apiId, string accessControlId, AccessControlSetRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetAccessControlAsync));

    public Task DeleteAccessControlAsync(string apiId, string accessControlId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteAccessControlAsync));

    public Task<ApiDeploymentResponse> CreateApiDeploymentAsync(string apiId, ApiDeploymentRequest request, ExistingLookup<ApiDeploymentResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateApiDeploymentAsync));

    public Task<ApiDeploymentListResponse> ListApiDeploymentsAsync(string apiId, DeploymentListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListApiDeploymentsAsync), [apiId, Key(query)], () => scp.ListApiDeploymentsAsync(apiId, query, cancellationToken));

    public Task<ApiKeyShowResponse> CreateApiKeyAsync(string apiId, string usagePlanId, ApiKeyCreateRequest request, ExistingLookup<ApiKeyShowResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateApiKeyAsync));

    public Task<ApiKeyListResponse> ListApiKeysAsync(string apiId, string usagePlanId, NamedListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListApiKeysAsync), [apiId, usagePlanId, Key(query)], () => scp.ListApiKeysAsync(apiId, usagePlanId, query, cancellationToken));

    public Task<ApiKeyShowResponse> SetApiKeyDescriptionAsync(string apiId, string usagePlanId, string apiKeyId, DescriptionRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetApiKeyDescriptionAsync));

    public Task DeleteApiKeyAsync(string apiId, string usagePlanId, string apiKeyId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteApiKeyAsync));

    public Task<AuthCreateResponse> CreateAuthAsync(string apiId, AuthCreateRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateAuthAsync));

    public Task<AuthShowResponse> ShowAuthAsync(string apiId, string authId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowAuthAsync), [apiId, authId], () => scp.ShowAuthAsync(apiId, authId, cancellationToken));

    public Task<AuthListResponse> ListAuthsAsync(string apiId, ListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListAuthsAsync), [apiId, Key(query)], () => scp.ListAuthsAsync(apiId, query, cancellationToken));

    public Task<AuthShowResponse> SetAuthAsync(string apiId, string authId, AuthSetRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetAuthAsync));

    public Task DeleteAuthAsync(string apiId, string authId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteAuthAsync));

    public Task<ResourceCreateResponse> CreateResourceAsync(string apiId, string parentId, ResourceCreateRequest request, ExistingLookup<ResourceCreateResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateResourceAsync));

    public Task<ResourceShowResponse> ShowResourceAsync(string apiId, string resourceId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowResourceAsync), [apiId, resourceId], () => scp.ShowResourceAsync(apiId, resourceId, cancellationToken));

    /// <summary>
    /// The whole tree; its entries are SCP's show answers too (the seed's list and show calls answer the
    /// same resource and method models), so each resource's and method's Read is answered from it.
    /// </summary>
    public Task<ResourceListResponse> ListResourcesAsync(string apiId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListResourcesAsync), [apiId], async () =>
        {
            var tree = await scp.ListResourcesAsync(apiId, cancellationToken);
            foreach (var resource in tree.Resources)
            {
                _answers.Add(nameof(ShowResourceAsync), [apiId, resource.Id], new ResourceShowResponse { Resource = resource });
                foreach (var method in resource.Methods)
                {
                    _answers.Add(nameof(ShowMethodAsync), [apiId, resource.Id, method.MethodType], new MethodShowResponse { Method = method });
                }
            }
            return tree;
        });

    public Task DeleteResourceAsync(string apiId, string resourceId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteResourceAsync));

    public Task<MethodListResponse> CreateMethodAsync(string apiId, string resourceId, MethodCreateRequest request, ExistingLookup<MethodListResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateMethodAsync));

    public Task<MethodShowResponse> ShowMethodAsync(string apiId, string resourceId, string methodType, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowMethodAsync), [apiId, resourceId, methodType], () => scp.ShowMethodAsync(apiId, resourceId, methodType, cancellationToken));

    public Task<MethodListResponse> ListMethodsAsync(string apiId, string resourceId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListMethodsAsync), [apiId, resourceId], () => scp.ListMethodsAsync(apiId, resourceId, cancellationToken));

    public Task<MethodShowResponse> SetMethodAsync(string apiId, string resourceId, string methodType, MethodSetRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetMethodAsync));

    public Task DeleteMethodAsync(string apiId, string resourceId, string methodType, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteMethodAsync));

    public Task<StageShowResponse> CreateStageAsync(string apiId, StageCreateRequest request, ExistingLookup<StageShowResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateStageAsync));

    public Task<StageShowResponse> ShowStageAsync(string apiId, string stageName, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowStageAsync), [apiId, stageName], () => scp.ShowStageAsync(apiId, stageName, cancellationToken));

    public Task<StageListResponse> ListStagesAsync(string apiId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListStagesAsync), [apiId], () => scp.ListStagesAsync(apiId, cancellationToken));

    public Task<StageShowResponse> SetStageActiveDeploymentAsync(string apiId, string stageName, StageSetActiveDeploymentRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetStageActiveDeploymentAsync));

    public Task<StageShowResponse> SetStageConfigurationAsync(string apiId, string stageName, StageConfig request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetStageConfigurationAsync));

    public Task DeleteStageAsync(string apiId, string stageName, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteStageAsync));

    public Task<UsagePlanShowResponse> CreateUsagePlanAsync(string apiId, UsagePlanCreateRequest request, ExistingLookup<UsagePlanShowResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreateUsagePlanAsync));

    public Task<UsagePlanShowResponse> ShowUsagePlanAsync(string apiId, string usagePlanId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowUsagePlanAsync), [apiId, usagePlanId], () => scp.ShowUsagePlanAsync(apiId, usagePlanId, cancellationToken));

    public Task<UsagePlanListResponse> ListUsagePlansAsync(string apiId, NamedListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListUsagePlansAsync), [apiId, Key(query)], () => scp.ListUsagePlansAsync(apiId, query, cancellationToken));

    public Task<UsagePlanShowResponse> SetUsagePlanDescriptionAsync(string apiId, string usagePlanId, DescriptionRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetUsagePlanDescriptionAsync));

    public Task<UsagePlanShowResponse> SetUsagePlanQuotaAsync(string apiId, string usagePlanId, UsagePlanQuota request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetUsagePlanQuotaAsync));

    public Task DeleteUsagePlanAsync(string apiId, string usagePlanId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeleteUsagePlanAsync));

    public Task<PrivateLinkEndpointShowResponse> CreatePrivateLinkEndpointAsync(PrivateLinkEndpointCreateRequest request, ExistingLookup<PrivateLinkEndpointShowResponse>? findExisting, CancellationToken cancellationToken) => throw ReadOnly(nameof(CreatePrivateLinkEndpointAsync));

    public Task<PrivateLinkEndpointShowResponse> ShowPrivateLinkEndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ShowPrivateLinkEndpointAsync), [endpointId], () => scp.ShowPrivateLinkEndpointAsync(endpointId, cancellationToken));

    public Task<PrivateLinkEndpointListResponse> ListPrivateLinkEndpointsAsync(NamedListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListPrivateLinkEndpointsAsync), [Key(query)], () => scp.ListPrivateLinkEndpointsAsync(query, cancellationToken));

    public Task<PrivateLinkEndpointShowResponse> SetPrivateLinkEndpointAsync(string endpointId, DescriptionRequest request, CancellationToken cancellationToken) => throw ReadOnly(nameof(SetPrivateLinkEndpointAsync));

    public Task<PrivateLinkEndpointShowResponse> RequestPrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointRequestAction request, CancellationToken cancellationToken) => throw ReadOnly(nameof(RequestPrivateLinkEndpointAsync));

    public Task<PrivateLinkEndpointSummaryResponse> ApprovePrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointApiAction request, CancellationToken cancellationToken) => throw ReadOnly(nameof(ApprovePrivateLinkEndpointAsync));

    public Task<PrivateLinkEndpointSummaryResponse> ConnectPrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointApiAction request, CancellationToken cancellationToken) => throw ReadOnly(nameof(ConnectPrivateLinkEndpointAsync));

    public Task<ConnectedEndpointListResponse> ListConnectedPrivateLinkEndpointsAsync(string apiId, ListQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListConnectedPrivateLinkEndpointsAsync), [apiId, Key(query)], () => scp.ListConnectedPrivateLinkEndpointsAsync(apiId, query, cancellationToken));

    public Task DeletePrivateLinkEndpointAsync(string endpointId, CancellationToken cancellationToken) => throw ReadOnly(nameof(DeletePrivateLinkEndpointAsync));

    public Task<ReportListResponse> ListReportsAsync(string apiId, ReportQuery query, CancellationToken cancellationToken) =>
        _answers.GetAsync(nameof(ListReportsAsync), [apiId, Key(query)], () => scp.ListReportsAsync(apiId, query, cancellationToken));

    private static string Key(ListQuery query) => string.Join('&', query.ToPairs().Select(pair => $"{pair.Key}={pair.Value}"));

    private static string Key(ReportQuery query) => $"{query.StageName}&{query.StartDate}&{query.EndDate}";

    private static NotSupportedException ReadOnly(string operation) => new($"adopt only reads SCP; {operation} is not called");
}
