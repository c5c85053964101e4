using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Sends diagnostics to <c>/pulumirpc.Engine/Log</c> at the engine address (from the command line,
/// Handshake or Attach), falling back to stderr when there is no engine or it cannot be reached.
/// </summary>
public sealed class EngineLogClient : IEngineLog, IDisposable
{
    // Diagnostics must never hold up resource work for long.
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private readonly TextWriter fallback;
    private readonly Lock gate = new();
    // Made on the first log call, so that start-up (time to the port line) does not pay for an HTTP client.
    private GrpcClient? client;
    private string? address;

    public EngineLogClient(string? engineAddress, TextWriter? fallback = null)
    {
        this.fallback = fallback ?? Console.Error;
        SetEngineAddress(engineAddress);
    }

    public string? EngineAddress
    {
        get
        {
            lock (gate)
            {
                return address;
            }
        }
    }

    /// <summary>Points the log at a (new) engine address; null or empty means stderr only.</summary>
    public void SetEngineAddress(string? engineAddress)
    {
        GrpcClient? old;
        lock (gate)
        {
            if (string.Equals(engineAddress, address, StringComparison.Ordinal))
            {
                return;
            }

            old = client;
            address = string.IsNullOrWhiteSpace(engineAddress) ? null : engineAddress;
            client = null;
        }

        old?.Dispose();
    }

    public async Task LogAsync(EngineLogSeverity severity, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        GrpcClient? current;
        lock (gate)
        {
            current = client ??= address is null ? null : TryCreateClient(address);
        }

        if (current is not null)
        {
            var request = new LogRequest
            {
                Severity = (LogSeverity)(int)severity,
                Message = message ?? string.Empty,
                Urn = urn ?? string.Empty,
                Ephemeral = ephemeral,
            };
            try
            {
                using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                bounded.CancelAfter(CallTimeout);
                await current.CallAsync(EngineMethods.Log, request, Empty.Parser, CallTimeout, bounded.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or RpcException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                // Fall through to stderr: a lost diagnostic is worse than a misplaced one.
            }
        }

        await WriteFallbackAsync(severity, message, urn).ConfigureAwait(false);
    }

    public void Dispose()
    {
        lock (gate)
        {
            client?.Dispose();
            client = null;
        }
    }

    private static GrpcClient? TryCreateClient(string engineAddress)
    {
        try
        {
            return new GrpcClient(engineAddress);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    private async Task WriteFallbackAsync(EngineLogSeverity severity, string? message, string? urn)
    {
        var label = severity.ToString().ToUpperInvariant();
        var line = string.IsNullOrEmpty(urn) ? $"{label}: {message}" : $"{label}: {urn}: {message}";
        try
        {
            await fallback.WriteLineAsync(line).ConfigureAwait(false);
            await fallback.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // stderr is gone (the engine closed it); there is nowhere left to report to.
        }
    }
}
