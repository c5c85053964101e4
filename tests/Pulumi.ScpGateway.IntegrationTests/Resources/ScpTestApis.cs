using Pulumi.ScpGateway.IntegrationTests.Emulator;
using Pulumi.ScpGateway.Provider.Scp;
using Pulumi.ScpGateway.Provider.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>APIs and stages made directly through the SCP API, for tests of the resources that hang off them.</summary>
public static class ScpTestApis
{
    /// <summary>Creates an API (REGION or PRIVATE), waits until it is Active and gives it the named stages; answers its id.</summary>
    public static async Task<string> CreateAsync(ScpClients scp, string name, string endpointType = "REGION", params string[] stages)
    {
        var gateway = scp.ApiGateway;
        var created = await gateway.CreateApiAsync(new ApiCreateRequest { Name = name, EndpointType = endpointType }, null, CancellationToken.None);
        await Conditions.WaitUntilAsync(
            async () => (await gateway.ShowApiAsync(created.Id, CancellationToken.None)).Api.Status == "Active", $"API {name} to become Active");
        if (stages.Length > 0)
        {
            var deployment = await gateway.CreateApiDeploymentAsync(created.Id, new ApiDeploymentRequest { StageType = "none" }, null, CancellationToken.None);
            foreach (var stage in stages)
            {
                await gateway.CreateStageAsync(created.Id, new StageCreateRequest { StageName = stage, DeploymentId = deployment.DeploymentId }, null, CancellationToken.None);
            }
        }
        return created.Id;
    }
}
