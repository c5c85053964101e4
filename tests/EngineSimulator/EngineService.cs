using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>One Engine/Log call as the engine received it.</summary>
public sealed record EngineLogEntry(LogSeverity Severity, string Message, string Urn, int StreamId, bool Ephemeral);

/// <summary>
/// The engine's own gRPC service, as far as plugins use it: records every Log call.
/// Hosted on the provider's <see cref="RpcServer"/>, like the real engine hosts it on grpc-go.
/// </summary>
public sealed class EngineService : IAsyncDisposable
{
    private readonly RpcServer server;
    private readonly List<EngineLogEntry> logs = [];
    private readonly Lock gate = new();
    private readonly AsyncCondition logged = new();

    private EngineService()
    {
        var methods = new RpcMethodTable().Add(EngineMethods.Log, LogRequest.Parser, LogAsync);
        server = new RpcServer(methods);
    }

    public string Address => server.Address;

    public IReadOnlyList<EngineLogEntry> Logs
    {
        get
        {
            lock (gate)
            {
                return [.. logs];
            }
        }
    }

    public static async Task<EngineService> StartAsync(CancellationToken cancellationToken = default)
    {
        var engine = new EngineService();
        await engine.server.StartAsync(cancellationToken).ConfigureAwait(false);
        return engine;
    }

    /// <summary>Waits for a Log call matching <paramref name="predicate"/> and returns it.</summary>
    public async Task<EngineLogEntry> WaitForLogAsync(Func<EngineLogEntry, bool> predicate, TimeSpan timeout)
    {
        EngineLogEntry? match = null;
        await logged.WaitAsync(() => (match = Logs.FirstOrDefault(predicate)) is not null, timeout, "an engine log message").ConfigureAwait(false);
        return match!;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private Task<Empty> LogAsync(LogRequest request, RpcContext context)
    {
        lock (gate)
        {
            logs.Add(new EngineLogEntry(request.Severity, request.Message, request.Urn, request.StreamId, request.Ephemeral));
        }

        logged.NotifyChanged();
        return Task.FromResult(new Empty());
    }
}
