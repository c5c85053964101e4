namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>One plugin and emulator for the Queue tests; each test uses queue names of its own.</summary>
public sealed class QueueProviderFixture : IAsyncLifetime
{
    public ProviderAgainstEmulator Provider { get; private set; } = null!;

    public async Task InitializeAsync() => Provider = await ProviderAgainstEmulator.StartAsync();

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
