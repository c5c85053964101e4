using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Each fault switch, set through PUT /_emulator/faults with a fixed seed, fails requests as described.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;

    private SigningClient Client => _emulator.Client;

    public async Task InitializeAsync() => _emulator = await RunningEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Rate_429_answers_too_many_requests_with_retry_after()
    {
        await SetFaults(new { seed = 7, rate_429 = 1.0, retry_after_seconds = 7 });

        var reply = await Client.GetAsync("/v1/apis");

        Assert.Equal(HttpStatusCode.TooManyRequests, reply.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), reply.RetryAfter);
        Assert.Equal(429, reply.Body.GetProperty("errors")[0].GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("rate_500", HttpStatusCode.InternalServerError)]
    [InlineData("rate_503", HttpStatusCode.ServiceUnavailable)]
    public async Task Server_error_rates_answer_their_status(string rate, HttpStatusCode status)
    {
        await SetFaults($$"""{"seed": 3, "{{rate}}": 1.0}""");

        var reply = await Client.PostAsync("/v1/apis", new { name = "failing-api" });

        Assert.Equal(status, reply.Status);
        await SetFaults(new { seed = 3 });
        Assert.Equal(0, (await Client.GetAsync("/v1/apis")).Body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Rate_409_answers_concurrent_modification_without_doing_the_operation()
    {
        await SetFaults(new { seed = 5, rate_409 = 1.0 });

        var reply = await Client.PostAsync("/v1/apis", new { name = "conflicted-api" });

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("concurrent modification, try again", Assert.Single(reply.Errors));
        await SetFaults(new { seed = 5 });
        Assert.Equal(0, (await Client.GetAsync("/v1/apis")).Body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Rate_reset_closes_the_connection_without_an_answer()
    {
        await SetFaults(new { seed = 9, rate_reset = 1.0 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Client.GetAsync("/v1/apis"));

        var counts = (await Client.AdminAsync("GET", "/_emulator/requests")).Body.GetProperty("operations").GetProperty("ListApis");
        Assert.Equal(1, counts.GetProperty("statuses").GetProperty("reset").GetInt32());
    }

    [Fact]
    public async Task Rate_504_answers_gateway_timeout_after_doing_the_operation()
    {
        await SetFaults(new { seed = 11, rate_504_after_processing = 1.0, operations = new[] { "CreateApi" } });

        var reply = await Client.PostAsync("/v1/apis", new { name = "timed-out-api" });

        Assert.Equal(HttpStatusCode.GatewayTimeout, reply.Status);
        var list = await World.Expect(Client.GetAsync("/v1/apis?name=timed-out-api"));
        Assert.Equal("timed-out-api", Assert.Single(list.Body.GetProperty("apis").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task New_objects_are_not_found_by_reads_inside_the_window()
    {
        await SetFaults(new { seed = 1, not_found_after_create_ms = 600_000 });
        var id = (await World.Expect(Client.PostAsync("/v1/apis", new { name = "fresh-api" }), HttpStatusCode.Accepted)).Str("id");

        var shown = await Client.GetAsync($"/v1/apis/{id}");
        var listed = await Client.GetAsync("/v1/apis");

        Assert.Equal(HttpStatusCode.NotFound, shown.Status);
        Assert.Equal(0, listed.Body.GetProperty("count").GetInt32());
        await SetFaults(new { seed = 1 });
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/v1/apis/{id}")).Status);
        var counts = (await Client.AdminAsync("GET", "/_emulator/requests")).Body.GetProperty("operations").GetProperty("ShowApi");
        Assert.Equal(1, counts.GetProperty("faulted").GetInt32());
    }

    [Fact]
    public async Task Filters_limit_faults_to_the_named_operations_and_methods()
    {
        await SetFaults(new { seed = 2, rate_503 = 1.0, methods = new[] { "POST" } });
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/v1/apis")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Client.PostAsync("/v1/apis", new { name = "post-api" })).Status);

        await SetFaults(new { seed = 2, rate_503 = 1.0, operations = new[] { "ShowApi" } });
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/v1/apis")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Client.GetAsync("/v1/apis/0000")).Status);
    }

    [Fact]
    public async Task The_same_seed_fails_the_same_requests()
    {
        var first = await StatusesWith(seed: 42);
        var second = await StatusesWith(seed: 42);

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.OK, first);
        Assert.Contains(HttpStatusCode.InternalServerError, first);
    }

    [Fact]
    public async Task Added_latency_still_answers()
    {
        await SetFaults(new { seed = 1, latency_ms = 20 });

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/v1/apis")).Status);
        Assert.Equal(20, (await Client.AdminAsync("GET", "/_emulator/faults")).Body.GetProperty("latency_ms").GetInt32());
    }

    [Fact]
    public async Task Admin_endpoints_are_never_faulted()
    {
        await SetFaults(new { seed = 1, rate_500 = 1.0, rate_reset = 1.0 });

        Assert.Equal(HttpStatusCode.OK, (await Client.AdminAsync("GET", "/_emulator/state")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Client.AdminAsync("GET", "/_emulator/requests")).Status);
    }

    [Theory]
    [InlineData("""{"rate_429": 2}""", "rate_429")]
    [InlineData("""{"rate_999": 0.5}""", "rate_999")]
    [InlineData("""{"latency_ms": -1}""", "latency_ms")]
    public async Task Bad_fault_settings_are_refused(string body, string mentioned)
    {
        var reply = await Client.AdminAsync("PUT", "/_emulator/faults", body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(mentioned, Assert.Single(reply.Errors), StringComparison.Ordinal);
    }

    private async Task<List<HttpStatusCode>> StatusesWith(int seed)
    {
        await SetFaults(new { seed, rate_500 = 0.5 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await Client.GetAsync("/v1/apis")).Status);
        }

        return statuses;
    }

    private async Task SetFaults(object settings)
    {
        var reply = await Client.AdminAsync("PUT", "/_emulator/faults", settings);
        Assert.True(reply.Status == HttpStatusCode.OK, $"PUT /_emulator/faults: {reply}");
    }
}
