namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>
/// One plugin and emulator per test class, with a REGION API that has the stages dev, stg and
/// prod and a PRIVATE API (whose id is its PrivateLink service id in the emulator).
/// </summary>
public sealed class ProtectedApiFixture : IAsyncLifetime
{
    public static readonly string[] Stages = ["dev", "prod", "stg"];

    public ProviderAgainstEmulator Provider { get; private set; } = null!;

    public string ApiId { get; private set; } = "";

    public string PrivateApiId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Provider = await ProviderAgainstEmulator.StartAsync();
        ApiId = await ScpTestApis.CreateAsync(Provider.Scp, "orders", "REGION", Stages);
        PrivateApiId = await ScpTestApis.CreateAsync(Provider.Scp, "orders-private", "PRIVATE");
    }

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
