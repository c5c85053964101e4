using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>
/// The shared API with the stages dev, prod and stg, plus a PRIVATE API (whose id is its
/// PrivateLink service id in the emulator), for the access and PrivateLink resource tests.
/// </summary>
public sealed class ProtectedApiFixture() : ApiFixture("orders")
{
    public static readonly string[] Stages = ["dev", "prod", "stg"];

    public string PrivateApiId { get; private set; } = "";

    protected override async Task SetUpAsync()
    {
        var deploymentId = await Provider.CreateDeploymentAsync(ApiId, "first");
        foreach (var stage in Stages)
        {
            await Provider.Scp.ApiGateway.CreateStageAsync(ApiId, new StageCreateRequest { StageName = stage, DeploymentId = deploymentId }, null, CancellationToken.None);
        }
        var privateApi = new ApiCreateRequest { Name = "orders-private", EndpointType = "PRIVATE" };
        PrivateApiId = (await Provider.Scp.ApiGateway.CreateApiAsync(privateApi, null, CancellationToken.None)).Id;
    }
}
