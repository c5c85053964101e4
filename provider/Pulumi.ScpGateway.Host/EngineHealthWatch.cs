using Grpc.Core;
using Grpc.Health.V1;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Polls the engine's <c>grpc.health.v1.Health/Check</c>, as Pulumi's own provider SDKs do, so that a
/// plugin whose engine died (the CLI killed, a CI runner cancelled) does not live on forever. An engine
/// that answers UNIMPLEMENTED is alive (it does not serve health); any other error means it is gone.
/// </summary>
public sealed class EngineHealthWatch(string engineAddress, TimeSpan interval)
{
    /// <summary>Environment variable: seconds between checks (default 300, as Pulumi's Go provider SDK).</summary>
    public const string IntervalVariable = "SCPGATEWAY_ENGINE_CHECK_SECONDS";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);

    public string EngineAddress { get; } = engineAddress;

    public TimeSpan Interval { get; } = interval;

    /// <summary>The interval <see cref="IntervalVariable"/> sets, else <see cref="DefaultInterval"/>.</summary>
    public static TimeSpan IntervalFrom(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return double.TryParse(environment(IntervalVariable), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0 && seconds <= int.MaxValue / 1000
            ? TimeSpan.FromSeconds(seconds)
            : DefaultInterval;
    }

    /// <summary>Checks every <see cref="Interval"/> until the engine is gone, then returns why; or until cancelled.</summary>
    public async Task<string> WaitUntilEngineGoneAsync(CancellationToken cancellationToken)
    {
        using var channel = Host.EngineAddress.OpenChannel(EngineAddress);
        var health = new Health.HealthClient(channel);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await health.CheckAsync(new HealthCheckRequest(), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
            {
                // An engine without a health service: alive, as Pulumi's SDKs read it.
            }
            catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return $"{ex.StatusCode}: {ex.Status.Detail}";
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return "the health watch stopped";
    }
}
