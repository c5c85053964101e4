using Grpc.Core;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// Sends the provider the engine's Cancel RPC when the user interrupts a run; disposing waits for
/// that call so the run's report includes it.
/// </summary>
public sealed class EngineInterrupt : IAsyncDisposable
{
    private readonly CancellationTokenRegistration registration;
    private Task sent = Task.CompletedTask;

    private EngineInterrupt(CancellationToken interrupt, ProviderConnection connection)
    {
        registration = interrupt.Register(() => sent = SendCancelAsync(connection));
    }

    public static EngineInterrupt Watch(CancellationToken interrupt, ProviderConnection connection) => new(interrupt, connection);

    public async ValueTask DisposeAsync()
    {
        await registration.DisposeAsync().ConfigureAwait(false);
        await sent.ConfigureAwait(false);
    }

    private static async Task SendCancelAsync(ProviderConnection connection)
    {
        try
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await connection.CallAsync<Empty, Empty>(ResourceProviderMethods.Cancel, new Empty(), bounded.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RpcException or HttpRequestException or OperationCanceledException)
        {
            // The engine does not fail a run because Cancel could not be delivered; in-flight calls still end.
        }
    }
}
