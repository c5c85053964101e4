using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class DeploymentsTests
{
    [Fact]
    public async Task Deployments_of_each_stage_type_are_listed_with_their_descriptions()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();

        var first = await scp.Api.CreateApiDeploymentAsync(apiId,
            new ApiDeploymentRequest { StageType = "new", StageName = "dev", Description = "first cut" }, null, scp.Ct);
        Assert.Equal("first cut", first.Description);
        var second = await scp.Api.CreateApiDeploymentAsync(apiId,
            new ApiDeploymentRequest { StageType = "existing", StageName = "dev", Description = "second cut" }, null, scp.Ct);
        var loose = await scp.Api.CreateApiDeploymentAsync(apiId, new ApiDeploymentRequest { StageType = "none" }, null, scp.Ct);

        Assert.Equal(second.DeploymentId, (await scp.Api.ShowStageAsync(apiId, "dev", scp.Ct)).Stage.DeploymentId);
        var all = await scp.Api.ListAllApiDeploymentsAsync(apiId, null, scp.Ct);
        Assert.Equal(
            new[] { (first.DeploymentId, "first cut"), (second.DeploymentId, "second cut"), (loose.DeploymentId, "") }.OrderBy(d => d.Item1),
            all.Select(d => (d.DeploymentId, d.Description)).OrderBy(d => d.Item1));
        Assert.All(all, d => Assert.NotEmpty(d.DeploymentDate));

        var page = await scp.Api.ListApiDeploymentsAsync(apiId, new DeploymentListQuery { DeploymentId = loose.DeploymentId }, scp.Ct);
        Assert.Equal(loose.DeploymentId, Assert.Single(page.Deployments).DeploymentId);
    }

    [Fact]
    public async Task Deployment_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        await scp.NewStageAsync(apiId, "dev");

        await ScpAssert.ConflictAsync("CreateApiDeployment", "a stage named 'dev' already exists",
            () => scp.Api.CreateApiDeploymentAsync(apiId, new ApiDeploymentRequest { StageType = "new", StageName = "dev" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateApiDeployment", "stage_type:",
            () => scp.Api.CreateApiDeploymentAsync(apiId, new ApiDeploymentRequest { StageType = "later" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateApiDeployment", "stage_name: is required when stage_type is existing",
            () => scp.Api.CreateApiDeploymentAsync(apiId, new ApiDeploymentRequest { StageType = "existing" }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("CreateApiDeployment",
            () => scp.Api.CreateApiDeploymentAsync(apiId, new ApiDeploymentRequest { StageType = "existing", StageName = "prod" }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("ListApiDeployments",
            () => scp.Api.ListApiDeploymentsAsync("no-such-api", new DeploymentListQuery(), scp.Ct));
    }
}
