using System.Net;
using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Apis and Queues are created asynchronously: Creating/CREATING first, Active/ACTIVE after the create delay.</summary>
public sealed class AsyncCreationTests
{
    private static readonly object Queue = new { name = "async-queue", message_retention_period = 1, message_retention_period_unit = "day", message_size = 1 };

    [Fact]
    public async Task An_api_is_creating_until_its_delay_has_passed()
    {
        await using var emulator = await RunningEmulator.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 600_000 });
        var created = await World.Expect(emulator.Client.PostAsync("/v1/apis", new { name = "slow-api" }), HttpStatusCode.Accepted);
        var api = $"/v1/apis/{created.Str("id")}";

        var shown = await emulator.Client.GetAsync(api);

        Assert.Equal("Creating", shown.Str("api", "status"));
        var child = await emulator.Client.PostAsync($"{api}/usage-plans", new { name = "early-plan", limit = 1, rate = "day" });
        Assert.Equal(HttpStatusCode.Conflict, child.Status);
        Assert.Contains("not Active yet", Assert.Single(child.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_becomes_active_after_a_short_delay()
    {
        await using var emulator = await RunningEmulator.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 200 });
        var id = (await World.Expect(emulator.Client.PostAsync("/v1/apis", new { name = "short-api" }), HttpStatusCode.Accepted)).Str("id");

        await Conditions.WaitUntilAsync(async () => (await emulator.Client.GetAsync($"/v1/apis/{id}")).Str("api", "status") == "Active", "the api to become Active");

        await World.Expect(emulator.Client.PostAsync($"/v1/apis/{id}/usage-plans", new { name = "late-plan", limit = 1, rate = "day" }));
    }

    [Fact]
    public async Task A_delay_of_zero_makes_an_api_active_at_once_with_its_root_resource()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var id = (await World.Expect(emulator.Client.PostAsync("/v1/apis", new { name = "quick-api" }), HttpStatusCode.Accepted)).Str("id");

        Assert.Equal("Active", (await emulator.Client.GetAsync($"/v1/apis/{id}")).Str("api", "status"));
        var root = Assert.Single((await emulator.Client.GetAsync($"/v1/apis/{id}/resources")).Body.GetProperty("resources").EnumerateArray());
        Assert.Equal("/", root.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_queue_is_creating_until_its_delay_has_passed()
    {
        await using var emulator = await RunningEmulator.StartAsync(new EmulatorOptions { QueueCreateDelayMs = 600_000 });

        var created = await World.Expect(emulator.Client.PostAsync("/v1/queues", Queue), HttpStatusCode.Created);

        Assert.Equal("CREATING", created.Str("state"));
        Assert.Equal("CREATING", (await emulator.Client.GetAsync($"/v1/queues/{created.Str("id")}")).Str("state"));
        var acl = await emulator.Client.PostAsync($"/v1/queues/{created.Str("id")}/acl", new { ip_address = new[] { "10.0.0.1" } });
        Assert.Equal(HttpStatusCode.Conflict, acl.Status);
    }

    [Fact]
    public async Task A_queue_becomes_active_after_a_short_delay()
    {
        await using var emulator = await RunningEmulator.StartAsync(new EmulatorOptions { QueueCreateDelayMs = 200 });
        var id = (await World.Expect(emulator.Client.PostAsync("/v1/queues", Queue), HttpStatusCode.Created)).Str("id");

        await Conditions.WaitUntilAsync(async () => (await emulator.Client.GetAsync($"/v1/queues/{id}")).Str("state") == "ACTIVE", "the queue to become ACTIVE");
    }

    [Fact]
    public async Task Changed_create_delays_apply_to_new_objects()
    {
        await using var emulator = await RunningEmulator.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 600_000, QueueCreateDelayMs = 600_000 });
        var settings = await emulator.Client.AdminAsync("PUT", "/_emulator/settings", new { api_create_delay_ms = 0, queue_create_delay_ms = 0 });
        Assert.Equal(HttpStatusCode.OK, settings.Status);

        var api = await World.Expect(emulator.Client.PostAsync("/v1/apis", new { name = "now-api" }), HttpStatusCode.Accepted);
        var queue = await World.Expect(emulator.Client.PostAsync("/v1/queues", Queue), HttpStatusCode.Created);

        Assert.Equal("Active", (await emulator.Client.GetAsync($"/v1/apis/{api.Str("id")}")).Str("api", "status"));
        Assert.Equal("ACTIVE", queue.Str("state"));
    }
}
