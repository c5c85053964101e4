using System.Net;
using Pulumi.ScpGateway.ScpEmulator.Gate;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>
/// The gate holds matching SCP calls inside the emulator until the test lets them go, and the
/// creation hold keeps new Apis and Queues creating until released: what tests use to make the
/// middle of a run happen instead of racing for it.
/// </summary>
public sealed class GateTests : IAsyncLifetime
{
    private readonly CancellationTokenSource deadline = new(EmulatorGate.HangGuard * 2);
    private RunningEmulator emulator = null!;
    private EmulatorGate gate = null!;

    private SigningClient Client => emulator.Client;

    private CancellationToken Ct => deadline.Token;

    public async Task InitializeAsync()
    {
        emulator = await RunningEmulator.StartAsync();
        gate = new EmulatorGate(emulator.Host.Endpoint);
    }

    public async Task DisposeAsync()
    {
        gate.Dispose();
        await emulator.DisposeAsync();
        deadline.Dispose();
    }

    [Fact]
    public async Task A_closed_gate_holds_matching_calls_until_they_are_released_and_lets_others_through()
    {
        var apiId = (await World.Expect(Client.PostAsync("/v1/apis", new { name = "gated-api" }), HttpStatusCode.Accepted)).Str("id");
        await gate.CloseAsync(["ShowApi"], Ct);

        var show = Client.GetAsync($"/v1/apis/{apiId}");
        var held = Assert.Single(await gate.WaitForHeldAsync(1, Ct));

        Assert.Equal(new HeldCallView("ShowApi", "GET", $"/v1/apis/{apiId}", "gated-api"), held);
        await World.Expect(Client.GetAsync("/v1/apis")); // Another operation passes while ShowApi waits.
        Assert.False(show.IsCompleted, "a held call answered before it was released");
        Assert.Equal(1, await gate.ReleaseAsync(Ct));
        Assert.Equal("gated-api", (await World.Expect(show.WaitAsync(Ct))).Str("api", "name"));

        // Released, not opened: the next ShowApi is held again until the gate opens.
        var again = Client.GetAsync($"/v1/apis/{apiId}");
        await gate.WaitForHeldAsync(1, Ct);
        Assert.Equal(1, await gate.OpenAsync(Ct));
        await World.Expect(again.WaitAsync(Ct));
        await World.Expect(Client.GetAsync($"/v1/apis/{apiId}"));
    }

    [Fact]
    public async Task The_gate_holds_calls_by_method_and_by_the_name_of_the_object_they_are_about()
    {
        await gate.CloseAsync(new GateRule { Methods = ["POST"], NamePrefixes = ["held-"] }, Ct);

        await World.Expect(Client.PostAsync("/v1/apis", new { name = "free-api" }), HttpStatusCode.Accepted);
        var heldCreate = Client.PostAsync("/v1/apis", new { name = "held-api" });
        var queue = new { name = "held-queue", message_retention_period = 1, message_retention_period_unit = "day", message_size = 1 };
        var heldQueue = Client.PostAsync("/v1/queues", queue);
        var held = await gate.WaitForHeldAsync(2, Ct);

        Assert.Equal(["CreateApi held-api", "CreateQueue held-queue"], held.Select(call => $"{call.Operation} {call.ObjectName}").Order(StringComparer.Ordinal));
        Assert.Equal(1, (await World.Expect(Client.GetAsync("/v1/apis"))).Body.GetProperty("count").GetInt32());
        await gate.OpenAsync(Ct);
        var apiId = (await World.Expect(heldCreate.WaitAsync(Ct), HttpStatusCode.Accepted)).Str("id");
        await World.Expect(heldQueue.WaitAsync(Ct), HttpStatusCode.Created);

        // A call about an existing object matches by that object's name.
        await gate.CloseAsync(new GateRule { Operations = ["SetApiDescription"], NamePrefixes = ["held-"] }, Ct);
        var describe = Client.PutAsync($"/v1/apis/{apiId}/description", new { description = "later" });
        Assert.Equal("held-api", Assert.Single(await gate.WaitForHeldAsync(1, Ct)).ObjectName);
        await gate.OpenAsync(Ct);
        await World.Expect(describe.WaitAsync(Ct));
    }

    [Fact]
    public async Task Waiting_for_more_held_calls_than_arrive_answers_408_when_its_guard_runs_out()
    {
        await gate.CloseAsync(["ShowApi"], Ct);

        var reply = await Client.AdminAsync("GET", "/_emulator/gate/held?count=1&timeout_seconds=1");

        Assert.Equal(HttpStatusCode.RequestTimeout, reply.Status);
        Assert.Contains("0 of 1 calls held", Assert.Single(reply.Errors), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.AdminAsync("GET", "/_emulator/gate/held?count=0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.AdminAsync("PUT", "/_emulator/gate", new { operation = "ShowApi" })).Status);
    }

    [Fact]
    public async Task A_reset_lets_held_calls_go_and_opens_the_gate()
    {
        await gate.CloseAsync(new GateRule(), Ct);
        var list = Client.GetAsync("/v1/apis");
        await gate.WaitForHeldAsync(1, Ct);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.AdminAsync("POST", "/_emulator/reset")).Status);

        await World.Expect(list.WaitAsync(Ct));
        await World.Expect(Client.GetAsync("/v1/apis"));
    }

    [Fact]
    public async Task Held_creates_stay_creating_until_released_then_read_active()
    {
        await gate.HoldCreatingAsync(apis: true, queues: false, Ct);

        var apiId = (await World.Expect(Client.PostAsync("/v1/apis", new { name = "held-api" }), HttpStatusCode.Accepted)).Str("id");
        var queue = new { name = "free-queue", message_retention_period = 1, message_retention_period_unit = "day", message_size = 1 };
        var queueId = (await World.Expect(Client.PostAsync("/v1/queues", queue), HttpStatusCode.Created)).Str("id");

        Assert.Equal("Creating", (await Client.GetAsync($"/v1/apis/{apiId}")).Str("api", "status"));
        Assert.Equal("ACTIVE", (await Client.GetAsync($"/v1/queues/{queueId}")).Str("state"));
        Assert.Equal(HttpStatusCode.Conflict, (await Client.PostAsync($"/v1/apis/{apiId}/usage-plans", new { name = "early", limit = 1, rate = "day" })).Status);

        Assert.Equal(1, await gate.FinishCreatingAsync(Ct));

        Assert.Equal("Active", (await Client.GetAsync($"/v1/apis/{apiId}")).Str("api", "status"));
        var later = (await World.Expect(Client.PostAsync("/v1/apis", new { name = "later-api" }), HttpStatusCode.Accepted)).Str("id");
        Assert.Equal("Active", (await Client.GetAsync($"/v1/apis/{later}")).Str("api", "status"));
        var hold = (await Client.AdminAsync("GET", "/_emulator/creating")).Body;
        Assert.False(hold.GetProperty("apis").GetBoolean());
        Assert.Equal(0, hold.GetProperty("held_apis").GetInt32());
    }
}
