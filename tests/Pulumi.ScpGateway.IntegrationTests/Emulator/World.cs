using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>
/// One of everything, made through the normal API: an Api with a resource, a method, a deployment, a stage,
/// a usage plan with a key, an auth, an access control, a PrivateLink endpoint and a queue with an ACL.
/// </summary>
public sealed record World(
    string ApiId,
    string RootResourceId,
    string ResourceId,
    string DeploymentId,
    string StageName,
    string UsagePlanId,
    string ApiKeyId,
    string AuthId,
    string AccessControlId,
    string PrivateLinkEndpointId,
    string QueueId)
{
    public const string Stage = "world-stage";

    public static async Task<World> CreateAsync(SigningClient client)
    {
        var apiId = (await Expect(client.PostAsync("/v1/apis", new { name = "world-api", description = "the test world", endpoint_type = "PRIVATE" }), HttpStatusCode.Accepted)).Str("id");
        await Conditions.WaitUntilAsync(async () => (await client.GetAsync($"/v1/apis/{apiId}")).Str("api", "status") == "Active", "world-api Active");
        var api = $"/v1/apis/{apiId}";
        var resources = await Expect(client.GetAsync($"{api}/resources"));
        var rootId = resources.Body.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("path").GetString() == "/").GetProperty("id").GetString()!;
        var resourceId = (await Expect(client.PostAsync($"{api}/resources/{rootId}", new { path_part = "users" }))).Str("id");
        await Expect(client.PostAsync($"{api}/resources/{resourceId}/methods", new
        {
            method_type = "GET",
            integration_type = "HTTP",
            endpoint_url = "https://backend.example.test/users",
            api_key_required = true,
            query_strings = new Dictionary<string, bool> { ["page"] = false },
            request_headers = new Dictionary<string, bool> { ["x-trace"] = true },
        }));
        var deploymentId = (await Expect(client.PostAsync($"{api}/deployments", new { description = "first", stage_type = "none" }))).Str("deployment_id");
        await Expect(client.PostAsync($"{api}/stages", new { deployment_id = deploymentId, stage_name = Stage, description = "world stage" }));
        var planId = (await Expect(client.PostAsync($"{api}/usage-plans", new { name = "world-plan", limit = 100, rate = "day" }))).Str("usage_plan", "id");
        var keyId = (await Expect(client.PostAsync($"{api}/usage-plans/{planId}/api-keys", new { name = "world-key" }))).Str("api_key", "id");
        await Expect(client.PostAsync($"{api}/auths", new { name = "world-auth", expiration_period = 30, connected_stages = new[] { Stage } }), HttpStatusCode.Created);
        var authId = (await Expect(client.GetAsync($"{api}/auths"))).Body.GetProperty("auths")[0].GetProperty("id").GetString()!;
        var controlId = (await Expect(client.PostAsync($"{api}/access-controls", new
        {
            name = "world-acl",
            allowed_ip_addr = new[] { "10.0.0.0/8", "192.168.1.1" },
            connected_stages = new[] { Stage },
        }), HttpStatusCode.Created)).Str("id");
        var endpointId = (await Expect(client.PostAsync("/v1/privatelink-endpoints", new { name = "worldendpoint", privatelink_service_id = apiId }))).Str("privatelink_endpoint", "id");
        var queueId = (await Expect(client.PostAsync("/v1/queues", new
        {
            name = "world-queue",
            description = "world queue",
            message_retention_period = 4,
            message_retention_period_unit = "day",
            message_size = 256,
            data_key_reuse_period = 1,
            data_key_reuse_period_unit = "hour",
            encryption = new { id = "kms-1", name = "world-kms" },
        }), HttpStatusCode.Created)).Str("id");
        await Conditions.WaitUntilAsync(async () => (await client.GetAsync($"/v1/queues/{queueId}")).Str("state") == "ACTIVE", "world-queue ACTIVE");
        await Expect(client.PostAsync($"/v1/queues/{queueId}/acl", new { ip_address = new[] { "10.1.1.1" } }));
        return new World(apiId, rootId, resourceId, deploymentId, Stage, planId, keyId, authId, controlId, endpointId, queueId);
    }

    /// <summary>
    /// Replaces the seed's path placeholders (<c>{api_id}</c>, <c>{resource_id}</c>, <c>{parent_id}</c>,
    /// <c>{method_type}</c>, <c>{stage_name}</c>, ...) and <c>{deployment_id}</c> with this world's objects.
    /// </summary>
    public string Fill(string template)
    {
        var values = new Dictionary<string, string>
        {
            ["{api_id}"] = ApiId,
            ["{parent_id}"] = ResourceId,
            ["{resource_id}"] = ResourceId,
            ["{method_type}"] = "GET",
            ["{stage_name}"] = StageName,
            ["{usage_plan_id}"] = UsagePlanId,
            ["{api_key_id}"] = ApiKeyId,
            ["{auth_id}"] = AuthId,
            ["{access_control_id}"] = AccessControlId,
            ["{privatelink_endpoint_id}"] = PrivateLinkEndpointId,
            ["{queue_id}"] = QueueId,
            ["{deployment_id}"] = DeploymentId,
        };
        return values.Aggregate(template, (text, p) => text.Replace(p.Key, p.Value, StringComparison.Ordinal));
    }

    /// <summary>Fails with the emulator's answer when the status is not the expected one.</summary>
    public static async Task<ScpReply> Expect(Task<ScpReply> pending, HttpStatusCode status = HttpStatusCode.OK)
    {
        var reply = await pending;
        Assert.True(reply.Status == status, $"expected {(int)status}, got {reply}");
        return reply;
    }
}
