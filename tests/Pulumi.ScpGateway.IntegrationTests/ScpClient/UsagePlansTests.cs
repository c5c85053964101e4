using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class UsagePlansTests
{
    [Fact]
    public async Task Create_show_list_describe_requota_and_delete_a_usage_plan()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var created = (await scp.Api.CreateUsagePlanAsync(apiId,
            new UsagePlanCreateRequest { Name = "gold-plan", Limit = 5000, Rate = "month", Description = "partners" }, null, scp.Ct)).UsagePlan;
        Assert.Equal(("gold-plan", 5000L, "month", "partners"), (created.Name, created.Limit, created.Rate, created.Description));
        var k1 = await scp.Api.CreateApiKeyAsync(apiId, created.Id, new ApiKeyCreateRequest { Name = "key-one" }, null, scp.Ct);
        var k2 = await scp.Api.CreateApiKeyAsync(apiId, created.Id, new ApiKeyCreateRequest { Name = "key-two" }, null, scp.Ct);

        var shown = (await scp.Api.ShowUsagePlanAsync(apiId, created.Id, scp.Ct)).UsagePlan;
        Assert.Equal(["key-one", "key-two"], shown.ApiKeys.Select(k => k.Name));

        var listed = Assert.Single(await scp.Api.ListAllUsagePlansAsync(apiId, "gold-plan", scp.Ct));
        Assert.Equal((created.Id, 5000L, "month"), (listed.Id, listed.Limit, listed.Rate));
        Assert.Equal([k1.ApiKey.Id, k2.ApiKey.Id], listed.ConnectedApiKeys);

        Assert.Equal("resellers", (await scp.Api.SetUsagePlanDescriptionAsync(apiId, created.Id,
            new DescriptionRequest { Description = "resellers" }, scp.Ct)).UsagePlan.Description);
        var requota = (await scp.Api.SetUsagePlanQuotaAsync(apiId, created.Id, new UsagePlanQuota { Limit = 10, Rate = "hour" }, scp.Ct)).UsagePlan;
        Assert.Equal((10L, "hour", "resellers"), (requota.Limit, requota.Rate, requota.Description));

        await scp.Api.DeleteUsagePlanAsync(apiId, created.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowUsagePlan", () => scp.Api.ShowUsagePlanAsync(apiId, created.Id, scp.Ct));
    }

    [Fact]
    public async Task Usage_plan_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var planId = await scp.NewUsagePlanAsync(apiId, "gold-plan");
        var deployment = await scp.NewStageAsync(apiId, "dev");
        await scp.Api.SetStageConfigurationAsync(apiId, "dev",
            new StageConfig { CorsEnabled = false, JwtEnabled = false, UsagePlanId = planId }, scp.Ct);

        await ScpAssert.ConflictAsync("CreateUsagePlan", "a usage plan named 'gold-plan' already exists",
            () => scp.Api.CreateUsagePlanAsync(apiId, new UsagePlanCreateRequest { Name = "gold-plan", Limit = 1, Rate = "day" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateUsagePlan", "rate:",
            () => scp.Api.CreateUsagePlanAsync(apiId, new UsagePlanCreateRequest { Name = "weekly", Limit = 1, Rate = "week" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("SetUsagePlanQuota", "limit:",
            () => scp.Api.SetUsagePlanQuotaAsync(apiId, planId, new UsagePlanQuota { Limit = 0, Rate = "day" }, scp.Ct));
        await ScpAssert.ConflictAsync("DeleteUsagePlan", "is used by stage(s) 'dev'",
            () => scp.Api.DeleteUsagePlanAsync(apiId, planId, scp.Ct));
        await ScpAssert.NotFoundAsync("SetUsagePlanDescription",
            () => scp.Api.SetUsagePlanDescriptionAsync(apiId, "no-such-plan", new DescriptionRequest { Description = "x" }, scp.Ct));
        await ScpAssert.NotFoundAsync("SetUsagePlanQuota",
            () => scp.Api.SetUsagePlanQuotaAsync(apiId, "no-such-plan", new UsagePlanQuota { Limit = 1, Rate = "day" }, scp.Ct));
        await ScpAssert.NotFoundAsync("ListUsagePlans", () => scp.Api.ListUsagePlansAsync("no-such-api", new NamedListQuery(), scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteUsagePlan", () => scp.Api.DeleteUsagePlanAsync(apiId, "no-such-plan", scp.Ct));
        Assert.NotEmpty(deployment);
    }
}
