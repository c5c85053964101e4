using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Unknown ids answer 404, duplicate names 409, and references inside bodies must exist.</summary>
public sealed class ReferenceTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;
    private World _world = null!;

    private SigningClient Client => _emulator.Client;

    private string Api => $"/v1/apis/{_world.ApiId}";

    public static TheoryData<string> UnknownObjects =>
    [
        "/v1/apis/0000",
        "/v1/apis/{api}/resources/0000",
        "/v1/apis/{api}/resources/{resource}/methods/PUT",
        "/v1/apis/{api}/stages/no-such-stage",
        "/v1/apis/{api}/usage-plans/0000",
        "/v1/apis/{api}/usage-plans/0000/api-keys",
        "/v1/apis/{api}/auths/0000",
        "/v1/apis/{api}/access-controls/0000",
        "/v1/apis/0000/deployments",
        "/v1/apis/0000/connected-endpoints",
        "/v1/privatelink-endpoints/0000",
        "/v1/queues/0000",
        "/v1/no-such-collection",
    ];

    public async Task InitializeAsync()
    {
        _emulator = await RunningEmulator.StartAsync();
        _world = await World.CreateAsync(Client);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [MemberData(nameof(UnknownObjects))]
    public async Task Unknown_ids_answer_404_with_the_error_body(string template)
    {
        var path = template.Replace("{api}", _world.ApiId, StringComparison.Ordinal).Replace("{resource}", _world.ResourceId, StringComparison.Ordinal);

        var reply = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        var error = Assert.Single(reply.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal(404, error.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_method_the_path_does_not_have_answers_405_with_the_error_body()
    {
        var reply = await Client.SendAsync("PATCH", "/v1/apis", new { name = "patched" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Contains("PATCH", Assert.Single(reply.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletes_of_unknown_ids_answer_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync("/v1/apis/0000")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync($"{Api}/stages/none-here")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync("/v1/queues/0000")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync($"{Api}/usage-plans/{_world.UsagePlanId}/api-keys/0000")).Status);
    }

    [Fact]
    public async Task Duplicate_names_answer_409_within_their_scope()
    {
        await AssertConflict(Client.PostAsync("/v1/apis", new { name = "world-api" }), "name");
        await AssertConflict(Client.PostAsync($"{Api}/stages", new { stage_name = _world.StageName, deployment_id = _world.DeploymentId }), "stage_name");
        await AssertConflict(Client.PostAsync($"{Api}/deployments", new { stage_type = "new", stage_name = _world.StageName }), "stage_name");
        await AssertConflict(Client.PostAsync($"{Api}/usage-plans", new { name = "world-plan", limit = 1, rate = "day" }), "name");
        await AssertConflict(Client.PostAsync($"{Api}/usage-plans/{_world.UsagePlanId}/api-keys", new { name = "world-key" }), "name");
        await AssertConflict(Client.PostAsync($"{Api}/auths", new { name = "world-auth", expiration_period = 1, connected_stages = Array.Empty<string>() }), "name");
        await AssertConflict(Client.PostAsync($"{Api}/access-controls", new { name = "world-acl", allowed_ip_addr = new[] { "1.1.1.1" }, connected_stages = Array.Empty<string>() }), "name");
        await AssertConflict(Client.PostAsync("/v1/queues", new { name = "world-queue", message_retention_period = 1, message_retention_period_unit = "day", message_size = 1 }), "name");
        await AssertConflict(Client.PostAsync($"{Api}/resources/{_world.RootResourceId}", new { path_part = "users" }), "path_part");
        await AssertConflict(Client.PostAsync($"{Api}/resources/{_world.ResourceId}/methods", new { method_type = "GET", integration_type = "HTTP", endpoint_url = "https://x.test" }), "method_type");
    }

    [Fact]
    public async Task Concurrent_creates_of_one_name_make_exactly_one_object()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Client.PostAsync("/v1/queues", new
        {
            name = "raced-queue",
            message_retention_period = 1,
            message_retention_period_unit = "day",
            message_size = 1,
        })));

        Assert.Equal(1, replies.Count(r => r.Status == HttpStatusCode.Created));
        Assert.Equal(15, replies.Count(r => r.Status == HttpStatusCode.Conflict));
        Assert.Equal(1, (await Client.GetAsync("/v1/queues?name=raced-queue")).Body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_same_names_are_free_in_another_scope()
    {
        var otherApi = (await World.Expect(Client.PostAsync("/v1/apis", new { name = "other-api" }), HttpStatusCode.Accepted)).Str("id");
        var other = $"/v1/apis/{otherApi}";
        var deployment = (await World.Expect(Client.PostAsync($"{other}/deployments", new { stage_type = "none" }))).Str("deployment_id");
        await World.Expect(Client.PostAsync($"{other}/stages", new { stage_name = _world.StageName, deployment_id = deployment }));
        await World.Expect(Client.PostAsync($"{other}/usage-plans", new { name = "world-plan", limit = 1, rate = "day" }));
        var secondPlan = (await World.Expect(Client.PostAsync($"{Api}/usage-plans", new { name = "second-plan", limit = 1, rate = "day" }))).Str("usage_plan", "id");
        await World.Expect(Client.PostAsync($"{Api}/usage-plans/{secondPlan}/api-keys", new { name = "world-key" }));
        await World.Expect(Client.PostAsync($"{Api}/resources/{_world.ResourceId}", new { path_part = "users" }));
    }

    [Fact]
    public async Task Queue_name_check_reports_taken_names()
    {
        Assert.True((await Client.GetAsync("/v1/queues/check-duplication?name=world-queue")).Body.GetProperty("result").GetBoolean());
        Assert.False((await Client.GetAsync("/v1/queues/check-duplication?name=free-queue")).Body.GetProperty("result").GetBoolean());
    }

    [Fact]
    public async Task References_inside_bodies_must_exist()
    {
        var otherApi = (await World.Expect(Client.PostAsync("/v1/apis", new { name = "ref-api" }), HttpStatusCode.Accepted)).Str("id");
        var foreignDeployment = (await World.Expect(Client.PostAsync($"/v1/apis/{otherApi}/deployments", new { stage_type = "none" }))).Str("deployment_id");
        var foreignPlan = (await World.Expect(Client.PostAsync($"/v1/apis/{otherApi}/usage-plans", new { name = "ref-plan", limit = 1, rate = "day" }))).Str("usage_plan", "id");
        var foreignKey = (await World.Expect(Client.PostAsync($"/v1/apis/{otherApi}/usage-plans/{foreignPlan}/api-keys", new { name = "ref-key" }))).Str("api_key", "id");

        await AssertMissing(Client.PostAsync($"{Api}/stages", new { stage_name = "ghost", deployment_id = "0000" }), "deployment_id");
        await AssertMissing(Client.PostAsync($"{Api}/stages", new { stage_name = "ghost", deployment_id = foreignDeployment }), "deployment_id");
        await AssertMissing(Client.PutAsync($"{Api}/stages/{_world.StageName}/deployment", new { deployment_id = foreignDeployment }), "deployment_id");
        await AssertMissing(Client.PostAsync($"{Api}/deployments", new { stage_type = "existing", stage_name = "ghost" }), "stage_name");
        await AssertMissing(Client.PostAsync($"{Api}/auths", new { name = "ghost-auth", expiration_period = 1, connected_stages = new[] { "ghost" } }), "connected_stages");
        await AssertMissing(Client.PostAsync($"{Api}/access-controls", new { name = "ghost-acl", allowed_ip_addr = new[] { "1.1.1.1" }, connected_stages = new[] { "ghost" } }), "connected_stages");
        await AssertMissing(Client.PutAsync($"{Api}/auths/{_world.AuthId}", new { connected_stages = new[] { "ghost" } }), "connected_stages");
        await AssertMissing(Client.PutAsync($"{Api}/stages/{_world.StageName}/config", new { cors_enabled = false, jwt_enabled = false, usage_plan_id = foreignPlan }), "usage_plan_id");
        await AssertMissing(
            Client.PutAsync($"{Api}/stages/{_world.StageName}/config", new { cors_enabled = false, jwt_enabled = false, usage_plan_id = _world.UsagePlanId, connected_api_keys = new[] { foreignKey } }),
            "connected_api_keys");
        await AssertMissing(Client.PutAsync($"/v1/privatelink-endpoints/{_world.PrivateLinkEndpointId}/approval", new { api_id = "0000", type = "APPROVE" }), "api_id");

        // Nothing of the failed requests was created.
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Api}/stages/ghost")).Status);
    }

    [Fact]
    public async Task A_usage_plan_in_use_by_a_stage_cannot_be_deleted()
    {
        await World.Expect(Client.PutAsync($"{Api}/stages/{_world.StageName}/config", new { cors_enabled = false, jwt_enabled = false, usage_plan_id = _world.UsagePlanId }));

        await AssertConflict(Client.DeleteAsync($"{Api}/usage-plans/{_world.UsagePlanId}"), "usage plan");

        await World.Expect(Client.PutAsync($"{Api}/stages/{_world.StageName}/config", new { cors_enabled = false, jwt_enabled = false }));
        await World.Expect(Client.DeleteAsync($"{Api}/usage-plans/{_world.UsagePlanId}"), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Deleting_an_api_deletes_everything_in_it()
    {
        await World.Expect(Client.DeleteAsync(Api), HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(Api)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Api}/stages/{_world.StageName}")).Status);
        Assert.Equal(0, (await Client.GetAsync("/v1/apis")).Body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_resource_deletes_its_subtree_but_not_the_root()
    {
        var child = (await World.Expect(Client.PostAsync($"{Api}/resources/{_world.ResourceId}", new { path_part = "{user-id}" }))).Str("id");

        await World.Expect(Client.DeleteAsync($"{Api}/resources/{_world.ResourceId}"), HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{Api}/resources/{child}")).Status);
        var root = await Client.DeleteAsync($"{Api}/resources/{_world.RootResourceId}");
        Assert.Equal(HttpStatusCode.BadRequest, root.Status);
        Assert.Equal("/", Assert.Single((await Client.GetAsync($"{Api}/resources")).Body.GetProperty("resources").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task Child_resources_carry_their_full_path()
    {
        var child = await World.Expect(Client.PostAsync($"{Api}/resources/{_world.ResourceId}", new { path_part = "{user-id}" }));

        Assert.Equal("/users/{user-id}", child.Str("path"));
        Assert.Equal(_world.ResourceId, child.Str("parent_id"));
    }

    private static async Task AssertConflict(Task<ScpReply> pending, string mentioned)
    {
        var reply = await pending;
        Assert.True(reply.Status == HttpStatusCode.Conflict, $"expected 409, got {reply}");
        Assert.Contains(mentioned, Assert.Single(reply.Errors), StringComparison.Ordinal);
    }

    private static async Task AssertMissing(Task<ScpReply> pending, string field)
    {
        var reply = await pending;
        Assert.True(reply.Status == HttpStatusCode.NotFound, $"expected 404 for {field}, got {reply}");
        Assert.StartsWith(field + ": ", Assert.Single(reply.Errors), StringComparison.Ordinal);
    }
}
