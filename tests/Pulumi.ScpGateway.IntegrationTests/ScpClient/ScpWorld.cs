using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

/// <summary>Short ways to make the objects a test needs, through the client under test.</summary>
public static class ScpWorld
{
    public static async Task<string> NewApiAsync(this ScpHarness scp, string name = "shop-api", string endpointType = "REGION")
    {
        var created = await scp.Api.CreateApiAsync(new ApiCreateRequest { Name = name, EndpointType = endpointType }, null, scp.Ct);
        return created.Id;
    }

    /// <summary>A deployment with a new stage of that name; returns the deployment id.</summary>
    public static async Task<string> NewStageAsync(this ScpHarness scp, string apiId, string stageName = "dev")
    {
        var deployment = await scp.Api.CreateApiDeploymentAsync(apiId,
            new ApiDeploymentRequest { StageType = "new", StageName = stageName, Description = "first" }, null, scp.Ct);
        return deployment.DeploymentId;
    }

    public static async Task<string> NewUsagePlanAsync(this ScpHarness scp, string apiId, string name = "gold-plan")
    {
        var plan = await scp.Api.CreateUsagePlanAsync(apiId,
            new UsagePlanCreateRequest { Name = name, Limit = 1000, Rate = "day", Description = "for partners" }, null, scp.Ct);
        return plan.UsagePlan.Id;
    }

    public static async Task<string> RootResourceIdAsync(this ScpHarness scp, string apiId)
    {
        var resources = await scp.Api.ListResourcesAsync(apiId, scp.Ct);
        return resources.Resources.Single(r => r.Path == "/").Id;
    }
}
