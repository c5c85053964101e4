using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>GET /_emulator/state and /_emulator/requests show what happened; POST /_emulator/reset forgets it.</summary>
public sealed class AdminTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;

    private SigningClient Client => _emulator.Client;

    public async Task InitializeAsync() => _emulator = await RunningEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task State_shows_the_objects_made_through_the_api()
    {
        await World.CreateAsync(Client);

        var state = (await Client.AdminAsync("GET", "/_emulator/state")).Body;

        var api = Assert.Single(state.GetProperty("apis").EnumerateArray());
        Assert.Equal("Active", api.GetProperty("status").GetString());
        Assert.Equal("world-api", api.GetProperty("api").GetProperty("name").GetString());
        Assert.True(api.GetProperty("api").GetProperty("stages").TryGetProperty(World.Stage, out _));
        Assert.Equal("world-queue", state.GetProperty("queues")[0].GetProperty("queue").GetProperty("name").GetString());
        Assert.Equal(1, state.GetProperty("privatelink_endpoints").GetArrayLength());
    }

    [Fact]
    public async Task Requests_are_counted_per_operation()
    {
        await World.Expect(Client.PostAsync("/v1/apis", new { name = "counted-api" }), HttpStatusCode.Accepted);
        await Client.PostAsync("/v1/apis", new { name = "counted-api" });
        await Client.GetAsync("/v1/apis");

        var counts = (await Client.AdminAsync("GET", "/_emulator/requests")).Body;

        Assert.Equal(3, counts.GetProperty("total").GetInt32());
        Assert.Equal(0, counts.GetProperty("faulted").GetInt32());
        var create = counts.GetProperty("operations").GetProperty("CreateApi");
        Assert.Equal(2, create.GetProperty("count").GetInt32());
        Assert.Equal(1, create.GetProperty("statuses").GetProperty("202").GetInt32());
        Assert.Equal(1, create.GetProperty("statuses").GetProperty("409").GetInt32());
        Assert.Equal(1, counts.GetProperty("operations").GetProperty("ListApis").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Reset_clears_state_and_counters()
    {
        await World.CreateAsync(Client);

        var reset = await Client.AdminAsync("POST", "/_emulator/reset");

        Assert.Equal(HttpStatusCode.NoContent, reset.Status);
        Assert.Equal(0, (await Client.AdminAsync("GET", "/_emulator/requests")).Body.GetProperty("total").GetInt32());
        Assert.Equal(0, (await Client.GetAsync("/v1/apis")).Body.GetProperty("count").GetInt32());
        Assert.Equal(0, (await Client.GetAsync("/v1/queues")).Body.GetProperty("count").GetInt32());
        await World.CreateAsync(Client);
    }

    [Fact]
    public async Task Settings_change_and_read_back()
    {
        var changed = await Client.AdminAsync("PUT", "/_emulator/settings", new { api_create_delay_ms = 1234, seed_quirks = false });
        var read = await Client.AdminAsync("GET", "/_emulator/settings");

        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal(1234, read.Body.GetProperty("api_create_delay_ms").GetInt32());
        Assert.Equal(0, read.Body.GetProperty("queue_create_delay_ms").GetInt32());
        Assert.False(read.Body.GetProperty("seed_quirks").GetBoolean());
    }

    [Fact]
    public async Task Seed_quirks_switch_between_the_seed_spelling_and_plain_json()
    {
        var world = await World.CreateAsync(Client);
        var acl = $"/v1/apis/{world.ApiId}/access-controls/{world.AccessControlId}";
        var method = $"/v1/apis/{world.ApiId}/resources/{world.ResourceId}/methods/GET";

        var quirky = await Client.GetAsync(acl);
        Assert.Equal(["10.0.0.0/8,192.168.1.1"], quirky.Body.GetProperty("access_control").GetProperty("allowed_ip_addr").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("{'page': False}", (await Client.GetAsync(method)).Str("method", "query_strings"));

        await Client.AdminAsync("PUT", "/_emulator/settings", new { seed_quirks = false });
        var plain = await Client.GetAsync(acl);
        Assert.Equal(["10.0.0.0/8", "192.168.1.1"], plain.Body.GetProperty("access_control").GetProperty("allowed_ip_addr").EnumerateArray().Select(e => e.GetString()));
        Assert.False((await Client.GetAsync(method)).Body.GetProperty("method").GetProperty("query_strings").GetProperty("page").GetBoolean());
    }
}
