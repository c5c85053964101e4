namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>
/// One plugin against one emulator and one Active API, shared by a test class whose tests use
/// distinct names; a derived fixture adds what its resource needs around the API.
/// </summary>
public abstract class ApiFixture(string apiName) : IAsyncLifetime
{
    public ProviderAgainstEmulator Provider { get; private set; } = null!;

    public string ApiId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Provider = await ProviderAgainstEmulator.StartAsync();
        ApiId = await Provider.CreateApiAsync(apiName);
        await SetUpAsync();
    }

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    /// <summary>What the tests need inside the API besides it (deployments, a usage plan...).</summary>
    protected virtual Task SetUpAsync() => Task.CompletedTask;
}
