using Pulumi.ScpGateway.IntegrationTests.Emulator;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>One plugin and emulator per test class, with an Active API made directly through SCP.</summary>
public sealed class ActiveApiFixture : IAsyncLifetime
{
    public ProviderAgainstEmulator Provider { get; private set; } = null!;

    public string ApiId { get; private set; } = "";

    /// <summary>The id of the API's `/` resource.</summary>
    public string RootResourceId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Provider = await ProviderAgainstEmulator.StartAsync();
        var scp = Provider.Scp.ApiGateway;
        var created = await scp.CreateApiAsync(new ApiCreateRequest { Name = "paths" }, null, CancellationToken.None);
        await Conditions.WaitUntilAsync(
            async () => (await scp.ShowApiAsync(created.Id, CancellationToken.None)).Api.Status == "Active", "API paths to become Active");
        ApiId = created.Id;
        RootResourceId = (await scp.ListResourcesAsync(ApiId, CancellationToken.None)).Resources.Single(resource => resource.Path == "/").Id;
    }

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
