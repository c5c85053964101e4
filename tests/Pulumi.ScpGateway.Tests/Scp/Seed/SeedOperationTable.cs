using System.Text.Json;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.Json;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Tests.Scp.Seed;

/// <summary>
/// How to call each documented operation through the typed clients: path parameters get the
/// value <see cref="Value"/>(name), bodies are the documented example bodies.
/// </summary>
public static class SeedOperationTable
{
    public delegate Task<object?> Invoke(ScpClients clients, JsonElement? body, CancellationToken ct);

    private static readonly NamedListQuery NoQuery = new();

    public static string Value(string parameter) => parameter.Replace('_', '-') + "-1";

    private static readonly string Api = Value("api_id"), Resource = Value("resource_id"), Plan = Value("usage_plan_id"),
        Endpoint = Value("privatelink_endpoint_id"), Queue = Value("queue_id"), Method = Value("method_type"),
        Stage = Value("stage_name");

    public static IReadOnlyDictionary<string, Invoke> Calls { get; } = new Dictionary<string, Invoke>
    {
        ["Approve PrivateLink Endpoint"] = (c, b, ct) => R(c.ApiGateway.ApprovePrivateLinkEndpointAsync(Endpoint, B<PrivateLinkEndpointApiAction>(b), ct)),
        ["Connect PrivateLink Endpoint"] = (c, b, ct) => R(c.ApiGateway.ConnectPrivateLinkEndpointAsync(Endpoint, B<PrivateLinkEndpointApiAction>(b), ct)),
        ["Create AccessControl"] = (c, b, ct) => R(c.ApiGateway.CreateAccessControlAsync(Api, B<AccessControlCreateRequest>(b), null, ct)),
        ["Create Api"] = (c, b, ct) => R(c.ApiGateway.CreateApiAsync(B<ApiCreateRequest>(b), null, ct)),
        ["Create Api Deployment"] = (c, b, ct) => R(c.ApiGateway.CreateApiDeploymentAsync(Api, B<ApiDeploymentRequest>(b), null, ct)),
        ["Create Api Key"] = (c, b, ct) => R(c.ApiGateway.CreateApiKeyAsync(Api, Plan, B<ApiKeyCreateRequest>(b), null, ct)),
        ["Create Auth"] = (c, b, ct) => R(c.ApiGateway.CreateAuthAsync(Api, B<AuthCreateRequest>(b), ct)),
        ["Create Method"] = (c, b, ct) => R(c.ApiGateway.CreateMethodAsync(Api, Resource, B<MethodCreateRequest>(b), null, ct)),
        ["Create PrivateLink Endpoint"] = (c, b, ct) => R(c.ApiGateway.CreatePrivateLinkEndpointAsync(B<PrivateLinkEndpointCreateRequest>(b), null, ct)),
        ["Create Resource"] = (c, b, ct) => R(c.ApiGateway.CreateResourceAsync(Api, Value("parent_id"), B<ResourceCreateRequest>(b), null, ct)),
        ["Create Stage"] = (c, b, ct) => R(c.ApiGateway.CreateStageAsync(Api, B<StageCreateRequest>(b), null, ct)),
        ["Create Usage Plans"] = (c, b, ct) => R(c.ApiGateway.CreateUsagePlanAsync(Api, B<UsagePlanCreateRequest>(b), null, ct)),
        ["Delete Access Control"] = (c, _, ct) => R(c.ApiGateway.DeleteAccessControlAsync(Api, Value("access_control_id"), ct)),
        ["Delete an API Key"] = (c, _, ct) => R(c.ApiGateway.DeleteApiKeyAsync(Api, Plan, Value("api_key_id"), ct)),
        ["Delete Api"] = (c, _, ct) => R(c.ApiGateway.DeleteApiAsync(Api, ct)),
        ["Delete Auth"] = (c, _, ct) => R(c.ApiGateway.DeleteAuthAsync(Api, Value("auth_id"), ct)),
        ["Delete Method"] = (c, _, ct) => R(c.ApiGateway.DeleteMethodAsync(Api, Resource, Method, ct)),
        ["Delete PrivateLink Endpoint"] = (c, _, ct) => R(c.ApiGateway.DeletePrivateLinkEndpointAsync(Endpoint, ct)),
        ["Delete Resource"] = (c, _, ct) => R(c.ApiGateway.DeleteResourceAsync(Api, Resource, ct)),
        ["Delete Stage"] = (c, _, ct) => R(c.ApiGateway.DeleteStageAsync(Api, Stage, ct)),
        ["Delete Usage Plan"] = (c, _, ct) => R(c.ApiGateway.DeleteUsagePlanAsync(Api, Plan, ct)),
        ["List AccessControls"] = (c, _, ct) => R(c.ApiGateway.ListAccessControlsAsync(Api, NoQuery, ct)),
        ["List Api Deployments"] = (c, _, ct) => R(c.ApiGateway.ListApiDeploymentsAsync(Api, new DeploymentListQuery(), ct)),
        ["List Api Keys"] = (c, _, ct) => R(c.ApiGateway.ListApiKeysAsync(Api, Plan, NoQuery, ct)),
        ["List Apis"] = (c, _, ct) => R(c.ApiGateway.ListApisAsync(NoQuery, ct)),
        ["List Auths"] = (c, _, ct) => R(c.ApiGateway.ListAuthsAsync(Api, NoQuery, ct)),
        ["List Connected PrivateLink Endpoints"] = (c, _, ct) => R(c.ApiGateway.ListConnectedPrivateLinkEndpointsAsync(Api, NoQuery, ct)),
        ["List Methods"] = (c, _, ct) => R(c.ApiGateway.ListMethodsAsync(Api, Resource, ct)),
        ["List PrivateLink Endpoints"] = (c, _, ct) => R(c.ApiGateway.ListPrivateLinkEndpointsAsync(NoQuery, ct)),
        ["List Reports"] = (c, _, ct) => R(c.ApiGateway.ListReportsAsync(Api, new ReportQuery(Stage, "2025-07-01", "2025-07-30"), ct)),
        ["List Resources"] = (c, _, ct) => R(c.ApiGateway.ListResourcesAsync(Api, ct)),
        ["List Stages"] = (c, _, ct) => R(c.ApiGateway.ListStagesAsync(Api, ct)),
        ["List Usage Plans"] = (c, _, ct) => R(c.ApiGateway.ListUsagePlansAsync(Api, NoQuery, ct)),
        ["Request PrivateLink Endpoint"] = (c, b, ct) => R(c.ApiGateway.RequestPrivateLinkEndpointAsync(Endpoint, B<PrivateLinkEndpointRequestAction>(b), ct)),
        ["Set Access Control"] = (c, b, ct) => R(c.ApiGateway.SetAccessControlAsync(Api, Value("access_control_id"), B<AccessControlSetRequest>(b), ct)),
        ["Set Api Description"] = (c, b, ct) => R(c.ApiGateway.SetApiDescriptionAsync(Api, B<DescriptionRequest>(b), ct)),
        ["Set API Key Description"] = (c, b, ct) => R(c.ApiGateway.SetApiKeyDescriptionAsync(Api, Plan, Value("api_key_id"), B<DescriptionRequest>(b), ct)),
        ["Set Auth"] = (c, b, ct) => R(c.ApiGateway.SetAuthAsync(Api, Value("auth_id"), B<AuthSetRequest>(b), ct)),
        ["Set Method"] = (c, b, ct) => R(c.ApiGateway.SetMethodAsync(Api, Resource, Method, B<MethodSetRequest>(b), ct)),
        ["Set PrivateLink Endpoint"] = (c, b, ct) => R(c.ApiGateway.SetPrivateLinkEndpointAsync(Endpoint, B<DescriptionRequest>(b), ct)),
        ["Set Stage Active Deployment"] = (c, b, ct) => R(c.ApiGateway.SetStageActiveDeploymentAsync(Api, Stage, B<StageSetActiveDeploymentRequest>(b), ct)),
        ["Set Stage Configuration"] = (c, b, ct) => R(c.ApiGateway.SetStageConfigurationAsync(Api, Stage, B<StageConfig>(b), ct)),
        ["Set Usage Plan Description"] = (c, b, ct) => R(c.ApiGateway.SetUsagePlanDescriptionAsync(Api, Plan, B<DescriptionRequest>(b), ct)),
        ["Set Usage Plan Quota"] = (c, b, ct) => R(c.ApiGateway.SetUsagePlanQuotaAsync(Api, Plan, B<UsagePlanQuota>(b), ct)),
        ["Show Access Control"] = (c, _, ct) => R(c.ApiGateway.ShowAccessControlAsync(Api, Value("access_control_id"), ct)),
        ["Show Api"] = (c, _, ct) => R(c.ApiGateway.ShowApiAsync(Api, ct)),
        ["Show Auth"] = (c, _, ct) => R(c.ApiGateway.ShowAuthAsync(Api, Value("auth_id"), ct)),
        ["Show Method"] = (c, _, ct) => R(c.ApiGateway.ShowMethodAsync(Api, Resource, Method, ct)),
        ["Show PrivateLink Endpoint"] = (c, _, ct) => R(c.ApiGateway.ShowPrivateLinkEndpointAsync(Endpoint, ct)),
        ["Show Resource"] = (c, _, ct) => R(c.ApiGateway.ShowResourceAsync(Api, Resource, ct)),
        ["Show Stage"] = (c, _, ct) => R(c.ApiGateway.ShowStageAsync(Api, Stage, ct)),
        ["Show Usage Plan"] = (c, _, ct) => R(c.ApiGateway.ShowUsagePlanAsync(Api, Plan, ct)),
        ["Check Queue Name Duplication"] = (c, _, ct) => R(c.QueueService.CheckQueueNameDuplicationAsync(Value("name"), ct)),
        ["Create Queue"] = (c, b, ct) => R(c.QueueService.CreateQueueAsync(B<QueueCreateRequest>(b), null, ct)),
        ["Delete Acl"] = (c, b, ct) => R(c.QueueService.DeleteAclAsync(Queue, B<QueueAclRequest>(b), ct)),
        ["Delete Queue"] = (c, _, ct) => R(c.QueueService.DeleteQueueAsync(Queue, ct)),
        ["List Queue"] = (c, _, ct) => R(c.QueueService.ListQueuesAsync(NoQuery, ct)),
        ["Set Acl"] = (c, b, ct) => R(c.QueueService.SetAclAsync(Queue, B<QueueAclRequest>(b), ct)),
        ["Show Queue"] = (c, _, ct) => R(c.QueueService.ShowQueueAsync(Queue, ct)),
        ["Update Queue Config"] = (c, b, ct) => R(c.QueueService.UpdateQueueConfigAsync(Queue, B<QueueConfig>(b), ct)),
        ["Update Queue Description"] = (c, b, ct) => R(c.QueueService.UpdateQueueDescriptionAsync(Queue, B<QueueDescriptionRequest>(b), ct)),
    };

    /// <summary>The documented example body, read as the request model (through the tolerant readers).</summary>
    private static T B<T>(JsonElement? body) =>
        (T)JsonSerializer.Deserialize(body!.Value.GetRawText(), ScpJsonContext.Default.GetTypeInfo(typeof(T))!)!;

    private static async Task<object?> R<T>(Task<T> call) => await call;

    private static async Task<object?> R(Task call)
    {
        await call;
        return null;
    }
}
