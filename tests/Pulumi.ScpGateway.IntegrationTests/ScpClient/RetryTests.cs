using System.Net;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

/// <summary>Injected faults with fixed seeds: what the client retries, and what it leaves behind.</summary>
public sealed class RetryTests
{
    private const int Calls = 12;

    [Theory]
    [InlineData("429")]
    [InlineData("503")]
    [InlineData("reset")]
    [InlineData("409")]
    public async Task Transient_failures_on_reads_are_retried_until_each_call_succeeds(string fault)
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        await scp.SetFaultsAsync(Faults(fault, 0.4) with { Operations = ["ShowApi"] });

        for (var i = 0; i < Calls; i++)
        {
            Assert.Equal(apiId, (await scp.Api.ShowApiAsync(apiId, scp.Ct)).Api.Id);
        }

        var statuses = await scp.StatusesAsync("ShowApi");
        Assert.Equal(Calls, statuses["200"]);
        Assert.True(statuses.GetValueOrDefault(fault) > 0, $"the seed injected no {fault}");
        // One backoff wait per failed attempt, none for the successes.
        Assert.Equal(statuses[fault], scp.Waits.Count);
    }

    [Fact]
    public async Task A_429_waits_at_least_its_retry_after()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        await scp.SetFaultsAsync(new FaultSettings { Seed = 3, Rate429 = 0.5, RetryAfterSeconds = 9, Operations = ["ShowApi"] });

        for (var i = 0; i < Calls; i++)
        {
            await scp.Api.ShowApiAsync(apiId, scp.Ct);
        }

        Assert.NotEmpty(scp.Waits);
        Assert.All(scp.Waits, wait => Assert.True(wait >= TimeSpan.FromSeconds(9), $"waited {wait} after Retry-After: 9"));
    }

    [Fact]
    public async Task Creates_retried_after_a_409_try_again_make_one_object_each()
    {
        await using var scp = await ScpHarness.StartAsync();
        await scp.SetFaultsAsync(Faults("409", 0.5) with { Operations = ["CreateApi"] });

        for (var i = 0; i < Calls; i++)
        {
            await scp.NewApiAsync($"api-{i:00}");
        }

        Assert.Equal(Calls, (await scp.StateAsync()).GetProperty("apis").GetArrayLength());
        Assert.True((await scp.StatusesAsync("CreateApi")).GetValueOrDefault("409") > 0);
    }

    [Fact]
    public async Task A_500_is_not_retried()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        await scp.SetFaultsAsync(Faults("500", 1) with { Operations = ["ShowApi"] });

        var error = await ScpAssert.FailsAsync(HttpStatusCode.InternalServerError, "ShowApi", () => scp.Api.ShowApiAsync(apiId, scp.Ct));

        Assert.Contains("internal server error (injected)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await scp.CountAsync("ShowApi"));
        Assert.Empty(scp.Waits);
    }

    [Fact]
    public async Task Retries_stop_at_max_retries_with_the_last_error()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        using var clients = scp.NewClients(scp.Settings(maxRetries: 3));
        await scp.SetFaultsAsync(Faults("503", 1) with { Operations = ["ShowApi"] });

        await ScpAssert.FailsAsync(HttpStatusCode.ServiceUnavailable, "ShowApi", () => clients.ApiGateway.ShowApiAsync(apiId, scp.Ct));

        Assert.Equal(4, await scp.CountAsync("ShowApi"));
        Assert.Equal(3, scp.Waits.Count);
    }

    [Theory]
    [InlineData("504")]
    [InlineData("reset")]
    public async Task A_create_with_unknown_outcome_adopts_what_the_lookup_finds(string fault)
    {
        await using var scp = await ScpHarness.StartAsync();
        await scp.SetFaultsAsync(Faults(fault, 0.5) with { Operations = ["CreateApi"] });
        var lookups = 0;

        for (var i = 0; i < Calls; i++)
        {
            var name = $"api-{i:00}";
            var created = await scp.Api.CreateApiAsync(new ApiCreateRequest { Name = name, Description = "d" }, new(async ct =>
            {
                lookups++;
                var found = (await scp.Api.ListAllApisAsync(name, ct)).SingleOrDefault(a => a.Name == name);
                return found is null ? null : new ApiCreateResponse { Id = found.Id, Name = found.Name, Description = found.Description };
            }), scp.Ct);
            Assert.Equal(name, created.Name);
        }

        var stored = (await scp.StateAsync()).GetProperty("apis").EnumerateArray().Select(a => a.GetProperty("api").GetProperty("name").GetString());
        Assert.Equal(Enumerable.Range(0, Calls).Select(i => $"api-{i:00}"), stored);
        var statuses = await scp.StatusesAsync("CreateApi");
        Assert.True(lookups > 0, "the seed injected no fault");
        Assert.Equal(lookups, statuses.GetValueOrDefault(fault));
        if (fault == "504")
        {
            // Every 504 was processed, so its lookup found the object and no second POST was sent.
            Assert.Equal(Calls, await scp.CountAsync("CreateApi"));
        }
    }

    [Fact]
    public async Task A_create_with_unknown_outcome_and_no_lookup_fails_without_posting_again()
    {
        await using var scp = await ScpHarness.StartAsync();
        await scp.SetFaultsAsync(Faults("504", 1) with { Operations = ["CreateApi"] });

        var error = await ScpAssert.FailsAsync(HttpStatusCode.GatewayTimeout, "CreateApi",
            () => scp.Api.CreateApiAsync(new ApiCreateRequest { Name = "once-api" }, null, scp.Ct));

        Assert.True(error.OutcomeUnknown);
        Assert.Contains("not repeated", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await scp.CountAsync("CreateApi"));
        Assert.Equal(1, (await scp.StateAsync()).GetProperty("apis").GetArrayLength());
    }

    [Fact]
    public async Task A_lookup_that_lags_once_still_ends_with_one_object()
    {
        await using var scp = await ScpHarness.StartAsync();
        await scp.SetFaultsAsync(Faults("504", 1) with { Operations = ["CreateApi"] });
        var lookups = 0;

        var created = await scp.Api.CreateApiAsync(new ApiCreateRequest { Name = "lagging-api" }, new(async ct =>
        {
            // The first lookup does not see the new Api yet; the second does.
            if (++lookups == 1)
            {
                return null;
            }
            var found = (await scp.Api.ListAllApisAsync("lagging-api", ct)).SingleOrDefault(a => a.Name == "lagging-api");
            return found is null ? null : new ApiCreateResponse { Id = found.Id, Name = found.Name };
        }), scp.Ct);

        var stored = Assert.Single((await scp.StateAsync()).GetProperty("apis").EnumerateArray());
        Assert.Equal(created.Id, stored.GetProperty("api").GetProperty("id").GetString());
        Assert.Equal(2, lookups);
        Assert.Equal(2, await scp.CountAsync("CreateApi"));
    }

    [Fact]
    public async Task A_create_still_ambiguous_after_every_retry_says_its_outcome_is_unknown()
    {
        await using var scp = await ScpHarness.StartAsync();
        using var clients = scp.NewClients(scp.Settings(maxRetries: 2));
        await scp.SetFaultsAsync(Faults("504", 1) with { Operations = ["CreateApi"] });

        // A lookup that lags behind (finds nothing) lets the client post again; each answer is a 504.
        var error = await ScpAssert.FailsAsync(HttpStatusCode.GatewayTimeout, "CreateApi",
            () => clients.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "lagging-api" }, new(_ => Task.FromResult<ApiCreateResponse?>(null)), scp.Ct));

        Assert.True(error.OutcomeUnknown);
        Assert.Contains("look it up before creating it again", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, await scp.CountAsync("CreateApi"));
        Assert.Equal(1, (await scp.StateAsync()).GetProperty("apis").GetArrayLength());
    }

    [Fact]
    public async Task A_read_right_after_create_may_miss_the_object_and_the_client_reports_404_at_once()
    {
        // Eventual consistency is the caller's concern: the client does not retry a 404.
        await using var scp = await ScpHarness.StartAsync();
        await scp.SetFaultsAsync(new FaultSettings { NotFoundAfterCreateMs = 60_000 });
        var apiId = await scp.NewApiAsync();

        await ScpAssert.NotFoundAsync("ShowApi", () => scp.Api.ShowApiAsync(apiId, scp.Ct));
        Assert.Empty(await scp.Api.ListAllApisAsync(null, scp.Ct));

        Assert.Equal(1, await scp.CountAsync("ShowApi"));
        Assert.Empty(scp.Waits);
    }

    private static FaultSettings Faults(string fault, double rate) => fault switch
    {
        "429" => new FaultSettings { Seed = 11, Rate429 = rate, RetryAfterSeconds = 1 },
        "500" => new FaultSettings { Seed = 11, Rate500 = rate },
        "503" => new FaultSettings { Seed = 11, Rate503 = rate },
        "reset" => new FaultSettings { Seed = 11, RateReset = rate },
        "409" => new FaultSettings { Seed = 11, Rate409 = rate },
        "504" => new FaultSettings { Seed = 11, Rate504AfterProcessing = rate },
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };
}
