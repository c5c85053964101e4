using System.Net;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class SignatureTests
{
    [Theory]
    [InlineData("")]
    [InlineData("e0a1b2c3d4e5f60718293a4b5c6d7e8f")]
    public async Task Requests_pass_the_signature_check_with_and_without_an_account_id(string accountId)
    {
        await using var scp = await ScpHarness.StartAsync();
        using var clients = scp.NewClients(scp.Settings(accountId: accountId));

        var created = await clients.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "signed-api" }, null, scp.Ct);
        Assert.Equal("signed-api", (await clients.ApiGateway.ShowApiAsync(created.Id, scp.Ct)).Api.Name);
        Assert.Empty(await clients.QueueService.ListAllQueuesAsync(null, scp.Ct));
    }

    [Fact]
    public async Task Escaped_query_and_path_text_is_signed_as_sent()
    {
        await using var scp = await ScpHarness.StartAsync();

        // Reserved characters in a filter and in an id: the emulator checks the signature over the
        // raw URL, so a 200 and a 404 (not a 401) show the client signed what it sent.
        var listed = await scp.Api.ListApisAsync(new NamedListQuery { Name = "shop api&size=1/é", Sort = "name:asc" }, scp.Ct);
        Assert.Empty(listed.Apis);
        await ScpAssert.NotFoundAsync("ShowApi", () => scp.Api.ShowApiAsync("a b/c?d", scp.Ct));
    }

    [Fact]
    public async Task A_clock_twenty_minutes_off_gets_401_with_the_skew_hint()
    {
        await using var scp = await ScpHarness.StartAsync();
        using var clients = scp.NewClients(time: new SkewedClock(TimeSpan.FromMinutes(20)));

        var error = await ScpAssert.FailsAsync(HttpStatusCode.Unauthorized, "ListApis",
            () => clients.ApiGateway.ListApisAsync(new NamedListQuery(), scp.Ct));

        Assert.Contains("20 minutes off the server clock", error.Message, StringComparison.Ordinal);
        Assert.Contains("clock is off", error.Hint, StringComparison.Ordinal);
        Assert.Equal(1, await scp.CountAsync("ListApis"));
    }

    [Fact]
    public async Task A_wrong_secret_key_gets_401_after_one_request_and_neither_key_is_shown()
    {
        const string wrongSecret = "WRONG-SECRET-KEY-0123456789";
        await using var scp = await ScpHarness.StartAsync();
        using var clients = scp.NewClients(scp.Settings(secretKey: wrongSecret));

        var error = await ScpAssert.FailsAsync(HttpStatusCode.Unauthorized, "CreateQueue",
            () => clients.QueueService.CreateQueueAsync(new()
            {
                Name = "denied-queue",
                MessageRetentionPeriod = 1,
                MessageRetentionPeriodUnit = "day",
                MessageSize = 1,
            }, null, scp.Ct));

        Assert.Contains("signature mismatch", error.Message, StringComparison.Ordinal);
        ScpAssert.NoSecret(error, wrongSecret);
        Assert.Equal(1, await scp.CountAsync("CreateQueue"));
        Assert.Empty(scp.Waits);
    }
}
