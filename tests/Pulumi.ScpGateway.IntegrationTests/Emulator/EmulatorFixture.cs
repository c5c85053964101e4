using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>A running in-process emulator on loopback with a signing client, disposed after the test.</summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    private RunningEmulator(EmulatorHost host)
    {
        Host = host;
        Client = new SigningClient(host.BaseUrl, host.AccessKey, host.SecretKey);
    }

    public EmulatorHost Host { get; }

    public SigningClient Client { get; }

    /// <summary>Starts an emulator; by default Apis and Queues become active at once.</summary>
    public static async Task<RunningEmulator> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0 };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return new RunningEmulator(await EmulatorHost.StartAsync(options, timeout.Token));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
