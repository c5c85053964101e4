using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.Http;
using Pulumi.ScpGateway.Scp.Json;
using static Pulumi.ScpGateway.Scp.Http.ScpUrl;

namespace Pulumi.ScpGateway.Scp.ApiGateway;

/// <summary>API Gateway 1.2 over HTTP: paths, methods and bodies as the SCP documentation gives them.</summary>
internal sealed class ApiGatewayClient(ScpJsonCalls calls) : IApiGatewayClient
{
    private const string Apis = "/v1/apis";
    private const string OneApi = "/v1/apis/{api_id}";
    private const string AccessControls = "/v1/apis/{api_id}/access-controls";
    private const string OneAccessControl = "/v1/apis/{api_id}/access-controls/{access_control_id}";
    private const string UsagePlans = "/v1/apis/{api_id}/usage-plans";
    private const string OneUsagePlan = "/v1/apis/{api_id}/usage-plans/{usage_plan_id}";
    private const string ApiKeys = "/v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys";
    private const string OneApiKey = "/v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys/{api_key_id}";
    private const string Auths = "/v1/apis/{api_id}/auths";
    private const string OneAuth = "/v1/apis/{api_id}/auths/{auth_id}";
    private const string Resources = "/v1/apis/{api_id}/resources";
    private const string OneResource = "/v1/apis/{api_id}/resources/{resource_id}";
    private const string Methods = "/v1/apis/{api_id}/resources/{resource_id}/methods";
    private const string OneMethod = "/v1/apis/{api_id}/resources/{resource_id}/methods/{method_type}";
    private const string Stages = "/v1/apis/{api_id}/stages";
    private const string OneStage = "/v1/apis/{api_id}/stages/{stage_name}";
    private const string Endpoints = "/v1/privatelink-endpoints";
    private const string OneEndpoint = "/v1/privatelink-endpoints/{privatelink_endpoint_id}";

    private static readonly ScpJsonContext J = ScpJsonContext.Default;

    // APIs
    public Task<ApiCreateResponse> CreateApiAsync(ApiCreateRequest request, ExistingLookup<ApiCreateResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateApi", HttpMethod.Post, Apis, request, J.ApiCreateRequest, J.ApiCreateResponse, cancellationToken, findExisting);

    public Task<ApiShowResponse> ShowApiAsync(string apiId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowApi", Path(OneApi, apiId), J.ApiShowResponse, cancellationToken);

    public Task<ApiListResponse> ListApisAsync(NamedListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListApis", Apis, J.ApiListResponse, cancellationToken, query.ToPairs());

    public Task<ApiShowResponse> SetApiDescriptionAsync(string apiId, DescriptionRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetApiDescription", HttpMethod.Put, Path(OneApi + "/description", apiId), request, J.DescriptionRequest, J.ApiShowResponse, cancellationToken);

    public Task DeleteApiAsync(string apiId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteApi", Path(OneApi, apiId), cancellationToken);

    // Access controls
    public Task<AccessControl> CreateAccessControlAsync(string apiId, AccessControlCreateRequest request, ExistingLookup<AccessControl>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateAccessControl", HttpMethod.Post, Path(AccessControls, apiId), request, J.AccessControlCreateRequest, J.AccessControl, cancellationToken, findExisting);

    public Task<AccessControlShowResponse> ShowAccessControlAsync(string apiId, string accessControlId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowAccessControl", Path(OneAccessControl, apiId, accessControlId), J.AccessControlShowResponse, cancellationToken);

    public Task<AccessControlListResponse> ListAccessControlsAsync(string apiId, ListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListAccessControls", Path(AccessControls, apiId), J.AccessControlListResponse, cancellationToken, query.ToPairs());

    public Task<AccessControlShowResponse> SetAccessControlAsync(string apiId, string accessControlId, AccessControlSetRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetAccessControl", HttpMethod.Put, Path(OneAccessControl, apiId, accessControlId), request, J.AccessControlSetRequest, J.AccessControlShowResponse, cancellationToken);

    public Task DeleteAccessControlAsync(string apiId, string accessControlId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteAccessControl", Path(OneAccessControl, apiId, accessControlId), cancellationToken);

    // Deployments
    public Task<ApiDeploymentResponse> CreateApiDeploymentAsync(string apiId, ApiDeploymentRequest request, ExistingLookup<ApiDeploymentResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateApiDeployment", HttpMethod.Post, Path(OneApi + "/deployments", apiId), request, J.ApiDeploymentRequest, J.ApiDeploymentResponse, cancellationToken, findExisting);

    public Task<ApiDeploymentListResponse> ListApiDeploymentsAsync(string apiId, DeploymentListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListApiDeployments", Path(OneApi + "/deployments", apiId), J.ApiDeploymentListResponse, cancellationToken, query.ToPairs());

    // API keys
    public Task<ApiKeyShowResponse> CreateApiKeyAsync(string apiId, string usagePlanId, ApiKeyCreateRequest request, ExistingLookup<ApiKeyShowResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateApiKey", HttpMethod.Post, Path(ApiKeys, apiId, usagePlanId), request, J.ApiKeyCreateRequest, J.ApiKeyShowResponse, cancellationToken, findExisting);

    public Task<ApiKeyListResponse> ListApiKeysAsync(string apiId, string usagePlanId, NamedListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListApiKeys", Path(ApiKeys, apiId, usagePlanId), J.ApiKeyListResponse, cancellationToken, query.ToPairs());

    public Task<ApiKeyShowResponse> SetApiKeyDescriptionAsync(string apiId, string usagePlanId, string apiKeyId, DescriptionRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetApiKeyDescription", HttpMethod.Put, Path(OneApiKey + "/description", apiId, usagePlanId, apiKeyId), request, J.DescriptionRequest, J.ApiKeyShowResponse, cancellationToken);

    public Task DeleteApiKeyAsync(string apiId, string usagePlanId, string apiKeyId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteApiKey", Path(OneApiKey, apiId, usagePlanId, apiKeyId), cancellationToken);

    // Auths
    public Task<AuthCreateResponse> CreateAuthAsync(string apiId, AuthCreateRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateAuth", HttpMethod.Post, Path(Auths, apiId), request, J.AuthCreateRequest, J.AuthCreateResponse, cancellationToken);

    public Task<AuthShowResponse> ShowAuthAsync(string apiId, string authId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowAuth", Path(OneAuth, apiId, authId), J.AuthShowResponse, cancellationToken);

    public Task<AuthListResponse> ListAuthsAsync(string apiId, ListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListAuths", Path(Auths, apiId), J.AuthListResponse, cancellationToken, query.ToPairs());

    public Task<AuthShowResponse> SetAuthAsync(string apiId, string authId, AuthSetRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetAuth", HttpMethod.Put, Path(OneAuth, apiId, authId), request, J.AuthSetRequest, J.AuthShowResponse, cancellationToken);

    public Task DeleteAuthAsync(string apiId, string authId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteAuth", Path(OneAuth, apiId, authId), cancellationToken);

    // Resources
    public Task<ResourceCreateResponse> CreateResourceAsync(string apiId, string parentId, ResourceCreateRequest request, ExistingLookup<ResourceCreateResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateResource", HttpMethod.Post, Path("/v1/apis/{api_id}/resources/{parent_id}", apiId, parentId), request, J.ResourceCreateRequest, J.ResourceCreateResponse, cancellationToken, findExisting);

    public Task<ResourceShowResponse> ShowResourceAsync(string apiId, string resourceId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowResource", Path(OneResource, apiId, resourceId), J.ResourceShowResponse, cancellationToken);

    public Task<ResourceListResponse> ListResourcesAsync(string apiId, CancellationToken cancellationToken) =>
        calls.GetAsync("ListResources", Path(Resources, apiId), J.ResourceListResponse, cancellationToken);

    public Task DeleteResourceAsync(string apiId, string resourceId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteResource", Path(OneResource, apiId, resourceId), cancellationToken);

    // Methods
    public Task<MethodListResponse> CreateMethodAsync(string apiId, string resourceId, MethodCreateRequest request, ExistingLookup<MethodListResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateMethod", HttpMethod.Post, Path(Methods, apiId, resourceId), request, J.MethodCreateRequest, J.MethodListResponse, cancellationToken, findExisting);

    public Task<MethodShowResponse> ShowMethodAsync(string apiId, string resourceId, string methodType, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowMethod", Path(OneMethod, apiId, resourceId, methodType), J.MethodShowResponse, cancellationToken);

    public Task<MethodListResponse> ListMethodsAsync(string apiId, string resourceId, CancellationToken cancellationToken) =>
        calls.GetAsync("ListMethods", Path(Methods, apiId, resourceId), J.MethodListResponse, cancellationToken);

    public Task<MethodShowResponse> SetMethodAsync(string apiId, string resourceId, string methodType, MethodSetRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetMethod", HttpMethod.Put, Path(OneMethod, apiId, resourceId, methodType), request, J.MethodSetRequest, J.MethodShowResponse, cancellationToken);

    public Task DeleteMethodAsync(string apiId, string resourceId, string methodType, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteMethod", Path(OneMethod, apiId, resourceId, methodType), cancellationToken);

    // Stages
    public Task<StageShowResponse> CreateStageAsync(string apiId, StageCreateRequest request, ExistingLookup<StageShowResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateStage", HttpMethod.Post, Path(Stages, apiId), request, J.StageCreateRequest, J.StageShowResponse, cancellationToken, findExisting);

    public Task<StageShowResponse> ShowStageAsync(string apiId, string stageName, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowStage", Path(OneStage, apiId, stageName), J.StageShowResponse, cancellationToken);

    public Task<StageListResponse> ListStagesAsync(string apiId, CancellationToken cancellationToken) =>
        calls.GetAsync("ListStages", Path(Stages, apiId), J.StageListResponse, cancellationToken);

    public Task<StageShowResponse> SetStageActiveDeploymentAsync(string apiId, string stageName, StageSetActiveDeploymentRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetStageActiveDeployment", HttpMethod.Put, Path(OneStage + "/deployment", apiId, stageName), request, J.StageSetActiveDeploymentRequest, J.StageShowResponse, cancellationToken);

    public Task<StageShowResponse> SetStageConfigurationAsync(string apiId, string stageName, StageConfig request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetStageConfiguration", HttpMethod.Put, Path(OneStage + "/config", apiId, stageName), request, J.StageConfig, J.StageShowResponse, cancellationToken);

    public Task DeleteStageAsync(string apiId, string stageName, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteStage", Path(OneStage, apiId, stageName), cancellationToken);

    // Usage plans
    public Task<UsagePlanShowResponse> CreateUsagePlanAsync(string apiId, UsagePlanCreateRequest request, ExistingLookup<UsagePlanShowResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreateUsagePlan", HttpMethod.Post, Path(UsagePlans, apiId), request, J.UsagePlanCreateRequest, J.UsagePlanShowResponse, cancellationToken, findExisting);

    public Task<UsagePlanShowResponse> ShowUsagePlanAsync(string apiId, string usagePlanId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowUsagePlan", Path(OneUsagePlan, apiId, usagePlanId), J.UsagePlanShowResponse, cancellationToken);

    public Task<UsagePlanListResponse> ListUsagePlansAsync(string apiId, NamedListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListUsagePlans", Path(UsagePlans, apiId), J.UsagePlanListResponse, cancellationToken, query.ToPairs());

    public Task<UsagePlanShowResponse> SetUsagePlanDescriptionAsync(string apiId, string usagePlanId, DescriptionRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetUsagePlanDescription", HttpMethod.Put, Path(OneUsagePlan + "/description", apiId, usagePlanId), request, J.DescriptionRequest, J.UsagePlanShowResponse, cancellationToken);

    public Task<UsagePlanShowResponse> SetUsagePlanQuotaAsync(string apiId, string usagePlanId, UsagePlanQuota request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetUsagePlanQuota", HttpMethod.Put, Path(OneUsagePlan + "/quota", apiId, usagePlanId), request, J.UsagePlanQuota, J.UsagePlanShowResponse, cancellationToken);

    public Task DeleteUsagePlanAsync(string apiId, string usagePlanId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeleteUsagePlan", Path(OneUsagePlan, apiId, usagePlanId), cancellationToken);

    // PrivateLink endpoints
    public Task<PrivateLinkEndpointShowResponse> CreatePrivateLinkEndpointAsync(PrivateLinkEndpointCreateRequest request, ExistingLookup<PrivateLinkEndpointShowResponse>? findExisting, CancellationToken cancellationToken) =>
        calls.SendAsync("CreatePrivateLinkEndpoint", HttpMethod.Post, Endpoints, request, J.PrivateLinkEndpointCreateRequest, J.PrivateLinkEndpointShowResponse, cancellationToken, findExisting);

    public Task<PrivateLinkEndpointShowResponse> ShowPrivateLinkEndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        calls.GetAsync("ShowPrivateLinkEndpoint", Path(OneEndpoint, endpointId), J.PrivateLinkEndpointShowResponse, cancellationToken);

    public Task<PrivateLinkEndpointListResponse> ListPrivateLinkEndpointsAsync(NamedListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListPrivateLinkEndpoints", Endpoints, J.PrivateLinkEndpointListResponse, cancellationToken, query.ToPairs());

    public Task<PrivateLinkEndpointShowResponse> SetPrivateLinkEndpointAsync(string endpointId, DescriptionRequest request, CancellationToken cancellationToken) =>
        calls.SendAsync("SetPrivateLinkEndpoint", HttpMethod.Put, Path(OneEndpoint, endpointId), request, J.DescriptionRequest, J.PrivateLinkEndpointShowResponse, cancellationToken);

    public Task<PrivateLinkEndpointShowResponse> RequestPrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointRequestAction request, CancellationToken cancellationToken) =>
        calls.SendAsync("RequestPrivateLinkEndpoint", HttpMethod.Put, Path(OneEndpoint + "/request", endpointId), request, J.PrivateLinkEndpointRequestAction, J.PrivateLinkEndpointShowResponse, cancellationToken);

    public Task<PrivateLinkEndpointSummaryResponse> ApprovePrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointApiAction request, CancellationToken cancellationToken) =>
        calls.SendAsync("ApprovePrivateLinkEndpoint", HttpMethod.Put, Path(OneEndpoint + "/approval", endpointId), request, J.PrivateLinkEndpointApiAction, J.PrivateLinkEndpointSummaryResponse, cancellationToken);

    public Task<PrivateLinkEndpointSummaryResponse> ConnectPrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointApiAction request, CancellationToken cancellationToken) =>
        calls.SendAsync("ConnectPrivateLinkEndpoint", HttpMethod.Put, Path(OneEndpoint + "/connection", endpointId), request, J.PrivateLinkEndpointApiAction, J.PrivateLinkEndpointSummaryResponse, cancellationToken);

    public Task<ConnectedEndpointListResponse> ListConnectedPrivateLinkEndpointsAsync(string apiId, ListQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListConnectedPrivateLinkEndpoints", Path(OneApi + "/connected-endpoints", apiId), J.ConnectedEndpointListResponse, cancellationToken, query.ToPairs());

    public Task DeletePrivateLinkEndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        calls.DeleteAsync("DeletePrivateLinkEndpoint", Path(OneEndpoint, endpointId), cancellationToken);

    // Reports
    public Task<ReportListResponse> ListReportsAsync(string apiId, ReportQuery query, CancellationToken cancellationToken) =>
        calls.GetAsync("ListReports", Path(OneApi + "/reports", apiId), J.ReportListResponse, cancellationToken, query.ToPairs());
}
