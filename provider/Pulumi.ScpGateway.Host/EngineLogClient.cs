using Grpc.Core;
using Grpc.Net.Client;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Sends diagnostics to <c>pulumirpc.Engine/Log</c> at the engine address (from the command line,
/// Handshake or Attach), falling back to stderr when there is no engine or it cannot be reached.
/// </summary>
public sealed class EngineLogClient : IEngineLog, IDisposable
{
    // Diagnostics must never hold up resource work for long.
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private readonly TextWriter fallback;
    private readonly Lock gate = new();
    // Made on the first log call, so that start-up (time to the port line) does not pay for an HTTP client.
    private GrpcChannel? channel;
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
        GrpcChannel? old;
        lock (gate)
        {
            if (string.Equals(engineAddress, address, StringComparison.Ordinal))
            {
                return;
            }

            old = channel;
            address = string.IsNullOrWhiteSpace(engineAddress) ? null : engineAddress;
            channel = null;
        }

        old?.Dispose();
    }

    public async Task LogAsync(EngineLogSeverity severity, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        GrpcChannel? current;
        lock (gate)
        {
            current = channel ??= address is null ? null : TryOpenChannel(address);
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
                await new Engine.EngineClient(current).LogAsync(request, deadline: DateTime.UtcNow + CallTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is RpcException or OperationCanceledException or ObjectDisposedException or HttpRequestException or IOException)
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
            channel?.Dispose();
            channel = null;
        }
    }

    private static GrpcChannel? TryOpenChannel(string engineAddress)
    {
        try
        {
            return Host.EngineAddress.OpenChannel(engineAddress);
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
