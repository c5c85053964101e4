using System.Net;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

/// <summary>Final answers are sent once: retrying them cannot help.</summary>
public sealed class NeverRetriedTests
{
    [Fact]
    public async Task A_400_is_sent_once()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();

        await ScpAssert.InvalidAsync("CreateUsagePlan", "rate:",
            () => scp.Api.CreateUsagePlanAsync(apiId, new UsagePlanCreateRequest { Name = "bad-plan", Limit = 1, Rate = "week" }, null, scp.Ct));

        Assert.Equal(1, await scp.CountAsync("CreateUsagePlan"));
        Assert.Empty(scp.Waits);
    }

    [Fact]
    public async Task A_404_is_sent_once()
    {
        await using var scp = await ScpHarness.StartAsync();

        await ScpAssert.NotFoundAsync("DeleteApi", () => scp.Api.DeleteApiAsync("no-such-api", scp.Ct));

        Assert.Equal(1, await scp.CountAsync("DeleteApi"));
        Assert.Empty(scp.Waits);
    }

    [Fact]
    public async Task A_409_duplicate_name_is_sent_once()
    {
        await using var scp = await ScpHarness.StartAsync();
        await scp.NewApiAsync("shop-api");

        await ScpAssert.ConflictAsync("CreateApi", "already exists",
            () => scp.Api.CreateApiAsync(new ApiCreateRequest { Name = "shop-api" }, null, scp.Ct));

        Assert.Equal(2, await scp.CountAsync("CreateApi"));
        Assert.Empty(scp.Waits);
    }

    [Fact]
    public async Task A_wrong_api_version_answer_is_a_400_sent_once()
    {
        await using var scp = await ScpHarness.StartAsync();
        using var clients = scp.NewClients(scp.Settings() with { ApiGatewayVersion = "1.1" });

        var error = await ScpAssert.FailsAsync(HttpStatusCode.BadRequest, "ListApis",
            () => clients.ApiGateway.ListApisAsync(new NamedListQuery(), scp.Ct));

        Assert.Contains("apigateway 1.2", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await scp.TotalRequestsAsync());
    }
}
