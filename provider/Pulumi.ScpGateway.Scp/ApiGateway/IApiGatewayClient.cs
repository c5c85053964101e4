using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Scp.ApiGateway;

/// <summary>
/// Every API Gateway 1.2 operation. Failures raise <see cref="ScpApiException"/>. Creates take
/// <c>findExisting</c>: when a create's outcome is unknown it is asked for the object (by its
/// unique name) and what it finds is returned instead of posting again; null disables retrying
/// such creates.
/// </summary>
public interface IApiGatewayClient
{
    // APIs
    /// <summary>POST /v1/apis (202: poll <see cref="ShowApiAsync"/> until Active).</summary>
    Task<ApiCreateResponse> CreateApiAsync(ApiCreateRequest request, ExistingLookup<ApiCreateResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}.</summary>
    Task<ApiShowResponse> ShowApiAsync(string apiId, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis (one page).</summary>
    Task<ApiListResponse> ListApisAsync(NamedListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/description.</summary>
    Task<ApiShowResponse> SetApiDescriptionAsync(string apiId, DescriptionRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}.</summary>
    Task DeleteApiAsync(string apiId, CancellationToken cancellationToken);

    // Access controls
    /// <summary>POST /v1/apis/{api_id}/access-controls.</summary>
    Task<AccessControl> CreateAccessControlAsync(string apiId, AccessControlCreateRequest request, ExistingLookup<AccessControl>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/access-controls/{access_control_id}.</summary>
    Task<AccessControlShowResponse> ShowAccessControlAsync(string apiId, string accessControlId, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/access-controls (one page).</summary>
    Task<AccessControlListResponse> ListAccessControlsAsync(string apiId, ListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/access-controls/{access_control_id}.</summary>
    Task<AccessControlShowResponse> SetAccessControlAsync(string apiId, string accessControlId, AccessControlSetRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/access-controls/{access_control_id}.</summary>
    Task DeleteAccessControlAsync(string apiId, string accessControlId, CancellationToken cancellationToken);

    // Deployments
    /// <summary>POST /v1/apis/{api_id}/deployments.</summary>
    Task<ApiDeploymentResponse> CreateApiDeploymentAsync(string apiId, ApiDeploymentRequest request, ExistingLookup<ApiDeploymentResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/deployments (one page).</summary>
    Task<ApiDeploymentListResponse> ListApiDeploymentsAsync(string apiId, DeploymentListQuery query, CancellationToken cancellationToken);

    // API keys
    /// <summary>POST /v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys.</summary>
    Task<ApiKeyShowResponse> CreateApiKeyAsync(string apiId, string usagePlanId, ApiKeyCreateRequest request, ExistingLookup<ApiKeyShowResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys (one page).</summary>
    Task<ApiKeyListResponse> ListApiKeysAsync(string apiId, string usagePlanId, NamedListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys/{api_key_id}/description.</summary>
    Task<ApiKeyShowResponse> SetApiKeyDescriptionAsync(string apiId, string usagePlanId, string apiKeyId, DescriptionRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys/{api_key_id}.</summary>
    Task DeleteApiKeyAsync(string apiId, string usagePlanId, string apiKeyId, CancellationToken cancellationToken);

    // Auths
    /// <summary>
    /// POST /v1/apis/{api_id}/auths. No find-existing hook: the token is only in this answer, so
    /// an auth found afterwards could not be adopted; a create with unknown outcome fails instead.
    /// </summary>
    Task<AuthCreateResponse> CreateAuthAsync(string apiId, AuthCreateRequest request, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/auths/{auth_id}.</summary>
    Task<AuthShowResponse> ShowAuthAsync(string apiId, string authId, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/auths (one page).</summary>
    Task<AuthListResponse> ListAuthsAsync(string apiId, ListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/auths/{auth_id}.</summary>
    Task<AuthShowResponse> SetAuthAsync(string apiId, string authId, AuthSetRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/auths/{auth_id}.</summary>
    Task DeleteAuthAsync(string apiId, string authId, CancellationToken cancellationToken);

    // Resources
    /// <summary>POST /v1/apis/{api_id}/resources/{parent_id}.</summary>
    Task<ResourceCreateResponse> CreateResourceAsync(string apiId, string parentId, ResourceCreateRequest request, ExistingLookup<ResourceCreateResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/resources/{resource_id}.</summary>
    Task<ResourceShowResponse> ShowResourceAsync(string apiId, string resourceId, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/resources (all resources; no paging).</summary>
    Task<ResourceListResponse> ListResourcesAsync(string apiId, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/resources/{resource_id}.</summary>
    Task DeleteResourceAsync(string apiId, string resourceId, CancellationToken cancellationToken);

    // Methods
    /// <summary>POST /v1/apis/{api_id}/resources/{resource_id}/methods (answers the resource's methods).</summary>
    Task<MethodListResponse> CreateMethodAsync(string apiId, string resourceId, MethodCreateRequest request, ExistingLookup<MethodListResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/resources/{resource_id}/methods/{method_type}.</summary>
    Task<MethodShowResponse> ShowMethodAsync(string apiId, string resourceId, string methodType, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/resources/{resource_id}/methods (no paging).</summary>
    Task<MethodListResponse> ListMethodsAsync(string apiId, string resourceId, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/resources/{resource_id}/methods/{method_type}.</summary>
    Task<MethodShowResponse> SetMethodAsync(string apiId, string resourceId, string methodType, MethodSetRequest request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/resources/{resource_id}/methods/{method_type}.</summary>
    Task DeleteMethodAsync(string apiId, string resourceId, string methodType, CancellationToken cancellationToken);

    // Stages
    /// <summary>POST /v1/apis/{api_id}/stages.</summary>
    Task<StageShowResponse> CreateStageAsync(string apiId, StageCreateRequest request, ExistingLookup<StageShowResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/stages/{stage_name}.</summary>
    Task<StageShowResponse> ShowStageAsync(string apiId, string stageName, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/stages (no paging).</summary>
    Task<StageListResponse> ListStagesAsync(string apiId, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/stages/{stage_name}/deployment.</summary>
    Task<StageShowResponse> SetStageActiveDeploymentAsync(string apiId, string stageName, StageSetActiveDeploymentRequest request, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/stages/{stage_name}/config.</summary>
    Task<StageShowResponse> SetStageConfigurationAsync(string apiId, string stageName, StageConfig request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/stages/{stage_name}.</summary>
    Task DeleteStageAsync(string apiId, string stageName, CancellationToken cancellationToken);

    // Usage plans
    /// <summary>POST /v1/apis/{api_id}/usage-plans.</summary>
    Task<UsagePlanShowResponse> CreateUsagePlanAsync(string apiId, UsagePlanCreateRequest request, ExistingLookup<UsagePlanShowResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/usage-plans/{usage_plan_id}.</summary>
    Task<UsagePlanShowResponse> ShowUsagePlanAsync(string apiId, string usagePlanId, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/usage-plans (one page).</summary>
    Task<UsagePlanListResponse> ListUsagePlansAsync(string apiId, NamedListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/usage-plans/{usage_plan_id}/description.</summary>
    Task<UsagePlanShowResponse> SetUsagePlanDescriptionAsync(string apiId, string usagePlanId, DescriptionRequest request, CancellationToken cancellationToken);
    /// <summary>PUT /v1/apis/{api_id}/usage-plans/{usage_plan_id}/quota.</summary>
    Task<UsagePlanShowResponse> SetUsagePlanQuotaAsync(string apiId, string usagePlanId, UsagePlanQuota request, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/apis/{api_id}/usage-plans/{usage_plan_id}.</summary>
    Task DeleteUsagePlanAsync(string apiId, string usagePlanId, CancellationToken cancellationToken);

    // PrivateLink endpoints
    /// <summary>POST /v1/privatelink-endpoints.</summary>
    Task<PrivateLinkEndpointShowResponse> CreatePrivateLinkEndpointAsync(PrivateLinkEndpointCreateRequest request, ExistingLookup<PrivateLinkEndpointShowResponse>? findExisting, CancellationToken cancellationToken);
    /// <summary>GET /v1/privatelink-endpoints/{privatelink_endpoint_id}.</summary>
    Task<PrivateLinkEndpointShowResponse> ShowPrivateLinkEndpointAsync(string endpointId, CancellationToken cancellationToken);
    /// <summary>GET /v1/privatelink-endpoints (one page).</summary>
    Task<PrivateLinkEndpointListResponse> ListPrivateLinkEndpointsAsync(NamedListQuery query, CancellationToken cancellationToken);
    /// <summary>PUT /v1/privatelink-endpoints/{privatelink_endpoint_id} (description).</summary>
    Task<PrivateLinkEndpointShowResponse> SetPrivateLinkEndpointAsync(string endpointId, DescriptionRequest request, CancellationToken cancellationToken);
    /// <summary>PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/request (CANCEL, RE_REQUEST).</summary>
    Task<PrivateLinkEndpointShowResponse> RequestPrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointRequestAction request, CancellationToken cancellationToken);
    /// <summary>PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/approval (APPROVE, REJECT).</summary>
    Task<PrivateLinkEndpointSummaryResponse> ApprovePrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointApiAction request, CancellationToken cancellationToken);
    /// <summary>PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/connection (DISCONNECT, RECONNECT).</summary>
    Task<PrivateLinkEndpointSummaryResponse> ConnectPrivateLinkEndpointAsync(string endpointId, PrivateLinkEndpointApiAction request, CancellationToken cancellationToken);
    /// <summary>GET /v1/apis/{api_id}/connected-endpoints (one page).</summary>
    Task<ConnectedEndpointListResponse> ListConnectedPrivateLinkEndpointsAsync(string apiId, ListQuery query, CancellationToken cancellationToken);
    /// <summary>DELETE /v1/privatelink-endpoints/{privatelink_endpoint_id}.</summary>
    Task DeletePrivateLinkEndpointAsync(string endpointId, CancellationToken cancellationToken);

    // Reports
    /// <summary>GET /v1/apis/{api_id}/reports?stage_name&amp;start_date&amp;end_date.</summary>
    Task<ReportListResponse> ListReportsAsync(string apiId, ReportQuery query, CancellationToken cancellationToken);
}
