using Pulumi.ScpGateway.IntegrationTests.Resources;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.IntegrationTests.Functions;

/// <summary>One plugin and emulator per function test class; objects are made through the SCP API directly.</summary>
public sealed class FunctionsFixture : IAsyncLifetime
{
    public ProviderAgainstEmulator Provider { get; private set; } = null!;

    public IApiGatewayClient ApiGateway => Provider.Scp.ApiGateway;

    public async Task InitializeAsync() => Provider = await ProviderAgainstEmulator.StartAsync();

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    /// <summary>More objects than one page of a whole-list read holds (its page size is 100).</summary>
    public const int MoreThanOnePage = 101;

    /// <summary>Runs <paramref name="create"/> for 0..count-1, a few at a time.</summary>
    public static async Task ManyAsync(int count, Func<int, Task> create)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(16))
        {
            await Task.WhenAll(chunk.Select(create));
        }
    }
}
