using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>A real <see cref="RpcServer"/> on 127.0.0.1 with test handlers, and a client for it.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private LoopbackServer(RpcServer server)
    {
        Server = server;
        Client = new ProviderClient(server.Address);
    }

    public RpcServer Server { get; }

    public ProviderClient Client { get; }

    public static async Task<LoopbackServer> StartAsync(RpcMethodTable methods, RpcServerOptions? options = null)
    {
        var server = new RpcServer(methods, options);
        await server.StartAsync(CancellationToken.None);
        return new LoopbackServer(server);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
