using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class StagesTests
{
    [Fact]
    public async Task Create_show_list_repoint_configure_and_delete_a_stage()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var firstDeployment = await scp.NewStageAsync(apiId, "dev");
        var planId = await scp.NewUsagePlanAsync(apiId);
        var key = await scp.Api.CreateApiKeyAsync(apiId, planId, new ApiKeyCreateRequest { Name = "partner-key" }, null, scp.Ct);

        var created = (await scp.Api.CreateStageAsync(apiId,
            new StageCreateRequest { StageName = "prod", DeploymentId = firstDeployment, Description = "live" }, null, scp.Ct)).Stage;
        Assert.Equal(("prod", firstDeployment, "live", apiId), (created.Name, created.DeploymentId, created.Description, created.ApiId));
        Assert.NotEmpty(created.InvokeUrl);

        var next = await scp.Api.CreateApiDeploymentAsync(apiId, new ApiDeploymentRequest { StageType = "none" }, null, scp.Ct);
        var repointed = (await scp.Api.SetStageActiveDeploymentAsync(apiId, "prod",
            new StageSetActiveDeploymentRequest { DeploymentId = next.DeploymentId }, scp.Ct)).Stage;
        Assert.Equal(next.DeploymentId, repointed.DeploymentId);

        var configured = (await scp.Api.SetStageConfigurationAsync(apiId, "prod", new StageConfig
        {
            CorsEnabled = true,
            JwtEnabled = false,
            AllowCredentials = true,
            AllowHeaders = ["x-a", "x-b"],
            AllowMethods = ["GET", "POST"],
            AllowOrigins = ["https://shop.example.com"],
            ExposeHeaders = ["x-total"],
            MaxAge = 600,
            Description = "configured",
            UsagePlanId = planId,
            ConnectedApiKeys = [key.ApiKey.Id],
        }, scp.Ct)).Stage;
        Assert.True(configured.CorsEnabled);
        Assert.Equal(["x-a", "x-b"], configured.AllowHeaders);
        Assert.Equal(["GET", "POST"], configured.AllowMethods);
        Assert.Equal(["https://shop.example.com"], configured.AllowOrigins);
        Assert.Equal(["x-total"], configured.ExposeHeaders);
        Assert.Equal((600, "configured", planId, "gold-plan", 1000L, "day"),
            (configured.MaxAge, configured.Description, configured.UsagePlanId, configured.UsagePlanName, configured.UsagePlanLimit, configured.UsagePlanRate));
        Assert.Equal(("partner-key", key.ApiKey.Id), Assert.Single(configured.UsagePlanApiKeys!) is var k ? (k.Name, k.Id) : default);

        var shown = (await scp.Api.ShowStageAsync(apiId, "prod", scp.Ct)).Stage;
        Assert.Equal(configured.AllowHeaders, shown.AllowHeaders);
        var stages = (await scp.Api.ListStagesAsync(apiId, scp.Ct)).Stages;
        Assert.Equal(["dev", "prod"], stages.Select(s => s.Name));
        Assert.Contains(stages, s => s.ApiSummary?.Any(r => r.Path == "/") == true);

        await scp.Api.DeleteStageAsync(apiId, "prod", scp.Ct);
        await ScpAssert.NotFoundAsync("ShowStage", () => scp.Api.ShowStageAsync(apiId, "prod", scp.Ct));
    }

    [Fact]
    public async Task Stage_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var deployment = await scp.NewStageAsync(apiId, "dev");
        var config = new StageConfig { CorsEnabled = false, JwtEnabled = false };

        await ScpAssert.ConflictAsync("CreateStage", "a stage named 'dev' already exists",
            () => scp.Api.CreateStageAsync(apiId, new StageCreateRequest { StageName = "dev", DeploymentId = deployment }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateStage", "stage_name:",
            () => scp.Api.CreateStageAsync(apiId, new StageCreateRequest { StageName = "D", DeploymentId = deployment }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("CreateStage",
            () => scp.Api.CreateStageAsync(apiId, new StageCreateRequest { StageName = "test", DeploymentId = "no-such-deployment" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("SetStageConfiguration", "allow_methods:",
            () => scp.Api.SetStageConfigurationAsync(apiId, "dev", config with { AllowMethods = ["FETCH"] }, scp.Ct));
        await ScpAssert.NotFoundAsync("SetStageConfiguration",
            () => scp.Api.SetStageConfigurationAsync(apiId, "dev", config with { UsagePlanId = "no-such-plan" }, scp.Ct));
        await ScpAssert.NotFoundAsync("SetStageConfiguration", () => scp.Api.SetStageConfigurationAsync(apiId, "test", config, scp.Ct));
        await ScpAssert.NotFoundAsync("SetStageActiveDeployment",
            () => scp.Api.SetStageActiveDeploymentAsync(apiId, "test", new StageSetActiveDeploymentRequest { DeploymentId = deployment }, scp.Ct));
        await ScpAssert.NotFoundAsync("ListStages", () => scp.Api.ListStagesAsync("no-such-api", scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteStage", () => scp.Api.DeleteStageAsync(apiId, "test", scp.Ct));
    }
}
