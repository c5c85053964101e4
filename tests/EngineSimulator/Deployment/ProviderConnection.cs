using Grpc.Core;
using Google.Protobuf;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// The provider a deployment talks to: the real plugin process (loaded like the engine loads it), or
/// a provider already serving at an address (tests). Either way an engine service records Log calls.
/// </summary>
public sealed class ProviderConnection : IAsyncDisposable
{
    private readonly EngineSession? session;
    private readonly EngineService? ownEngine;
    private readonly ProviderClient? ownClient;

    private ProviderConnection(EngineSession session)
    {
        this.session = session;
    }

    private ProviderConnection(EngineService engine, ProviderClient client)
    {
        ownEngine = engine;
        ownClient = client;
    }

    public EngineService Engine => session?.Engine ?? ownEngine!;

    public string Address => session?.Provider.Address ?? ownClient!.Address;

    public static async Task<ProviderConnection> StartPluginAsync(string? binary, string programDirectory, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var options = new EngineSessionOptions { Binary = binary, ProgramDirectory = programDirectory, Environment = environment };
        return new ProviderConnection(await EngineSession.StartAsync(options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Connects to a serving provider and hands it the engine address through Handshake.</summary>
    public static async Task<ProviderConnection> ConnectAsync(string address, string programDirectory, CancellationToken cancellationToken)
    {
        var engine = await EngineService.StartAsync(cancellationToken).ConfigureAwait(false);
        var connection = new ProviderConnection(engine, new ProviderClient(address));
        try
        {
            await connection.CallAsync<ProviderHandshakeRequest, ProviderHandshakeResponse>(
                ResourceProviderMethods.Handshake,
                new ProviderHandshakeRequest { EngineAddress = engine.Address, ProgramDirectory = programDirectory, ConfigureWithUrn = true },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            // Accepted, as the engine does: the provider predates Handshake.
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return connection;
    }

    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest request, CancellationToken cancellationToken)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new() =>
        session is not null
            ? session.CallAsync<TRequest, TResponse>(method, request, cancellationToken: cancellationToken)
            : ownClient!.CallAsync<TRequest, TResponse>(method, request, cancellationToken: cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            try
            {
                using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await session.ShutdownAsync(TimeSpan.FromSeconds(5), bounded.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RpcException or TimeoutException or HttpRequestException or OperationCanceledException)
            {
                // Shutdown is best effort; DisposeAsync kills what is left.
            }

            await session.DisposeAsync().ConfigureAwait(false);
            return;
        }

        ownClient!.Dispose();
        await ownEngine!.DisposeAsync().ConfigureAwait(false);
    }
}
