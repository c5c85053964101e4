using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>One Engine/Log call as the engine received it.</summary>
public sealed record EngineLogEntry(LogSeverity Severity, string Message, string Urn, int StreamId, bool Ephemeral);

/// <summary>
/// The engine's own gRPC server, as far as plugins use it: <c>pulumirpc.Engine/Log</c> (every call
/// recorded) and <c>grpc.health.v1.Health/Check</c>, hosted with Grpc.AspNetCore as the real engine
/// hosts them on grpc-go.
/// </summary>
public sealed class EngineService : IAsyncDisposable
{
    private readonly LoopbackGrpcServer server;
    private readonly EngineLog log;
    private readonly EngineHealth health;

    private EngineService(LoopbackGrpcServer server, EngineLog log, EngineHealth health)
    {
        this.server = server;
        this.log = log;
        this.health = health;
    }

    public string Address => server.Address;

    public IReadOnlyList<EngineLogEntry> Logs => log.Entries;

    /// <summary>Told of each Log call as it arrives (for live progress), after it is recorded.</summary>
    public Action<EngineLogEntry>? OnLog
    {
        get => log.Observer;
        set => log.Observer = value;
    }

    /// <summary>How many Health/Check calls the engine has answered.</summary>
    public int HealthChecks => health.Checks;

    /// <param name="servesHealth">False: an engine that answers Health/Check UNIMPLEMENTED (engines without a health service).</param>
    public static async Task<EngineService> StartAsync(CancellationToken cancellationToken = default, bool servesHealth = true)
    {
        var log = new EngineLog();
        var health = new EngineHealth(servesHealth);
        var server = await LoopbackGrpcServer.StartAsync([GrpcServiceRegistration.Of(log), GrpcServiceRegistration.Of(health)], cancellationToken).ConfigureAwait(false);
        return new EngineService(server, log, health);
    }

    /// <summary>Waits until the engine has answered at least <paramref name="count"/> Health/Check calls.</summary>
    public Task WaitForHealthChecksAsync(int count, TimeSpan timeout) =>
        health.Checked.WaitAsync(() => health.Checks >= count, timeout, $"{count} health checks");

    /// <summary>Waits for a Log call matching <paramref name="predicate"/> and returns it.</summary>
    public async Task<EngineLogEntry> WaitForLogAsync(Func<EngineLogEntry, bool> predicate, TimeSpan timeout)
    {
        EngineLogEntry? match = null;
        await log.Logged.WaitAsync(() => (match = Logs.FirstOrDefault(predicate)) is not null, timeout, "an engine log message").ConfigureAwait(false);
        return match!;
    }

    /// <summary>The engine's gRPC server goes away (the CLI killed): its port refuses from now on.</summary>
    public Task StopAsync() => server.StopAsync();

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private sealed class EngineLog : Engine.EngineBase
    {
        private readonly List<EngineLogEntry> entries = [];
        private readonly Lock gate = new();

        public AsyncCondition Logged { get; } = new();

        public Action<EngineLogEntry>? Observer { get; set; }

        public IReadOnlyList<EngineLogEntry> Entries
        {
            get
            {
                lock (gate)
                {
                    return [.. entries];
                }
            }
        }

        public override Task<Empty> Log(LogRequest request, ServerCallContext context)
        {
            var entry = new EngineLogEntry(request.Severity, request.Message, request.Urn, request.StreamId, request.Ephemeral);
            lock (gate)
            {
                entries.Add(entry);
            }

            Logged.NotifyChanged();
            Observer?.Invoke(entry);
            return Task.FromResult(new Empty());
        }
    }

    /// <summary>grpc.health.v1 as the engine serves it: SERVING, or UNIMPLEMENTED like a server without it; calls counted.</summary>
    private sealed class EngineHealth(bool serves) : Health.HealthBase
    {
        private int checks;

        public AsyncCondition Checked { get; } = new();

        public int Checks => Volatile.Read(ref checks);

        public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
        {
            Interlocked.Increment(ref checks);
            Checked.NotifyChanged();
            return serves
                ? Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving })
                : Task.FromException<HealthCheckResponse>(new RpcException(new Status(StatusCode.Unimplemented, "")));
        }
    }
}
