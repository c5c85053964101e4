using System.Globalization;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Polls until a resource reaches the state a create or update waits for (an API Active, a
/// queue ACTIVE): backs off between polls, stops at the context's timeout, honours
/// cancellation, and tells the user what it waits for as an ephemeral status.
/// </summary>
public sealed class ResourceWait
{
    public static readonly ResourceWait Default = new(TimeProvider.System, (delay, cancellationToken) => Task.Delay(delay, cancellationToken));

    private readonly TimeProvider _time;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    /// <param name="time">The clock the timeout is measured on.</param>
    /// <param name="delay">How to wait between polls (tests pass one that moves their clock).</param>
    public ResourceWait(TimeProvider time, Func<TimeSpan, CancellationToken, Task> delay)
    {
        _time = time;
        _delay = delay;
    }

    public TimeSpan FirstInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Polls until <paramref name="done"/> holds for the polled value, and answers that value.</summary>
    /// <param name="waitingFor">What is awaited, completing "waiting for ...", e.g. "the API to become Active".</param>
    /// <exception cref="ResourceWaitTimeoutException">The context's timeout passed first.</exception>
    public async Task<T> UntilAsync<T>(string waitingFor, Func<CancellationToken, Task<T>> poll, Func<T, bool> done, ResourceContext context)
    {
        var started = _time.GetTimestamp();
        var interval = FirstInterval;
        while (true)
        {
            var value = await poll(context.CancellationToken);
            if (done(value))
            {
                return value;
            }
            var remaining = context.Timeout - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new ResourceWaitTimeoutException(waitingFor, context.Timeout);
            }
            var elapsed = (int)_time.GetElapsedTime(started).TotalSeconds;
            await context.Log.StatusAsync(
                $"waiting for {waitingFor} ({elapsed.ToString(CultureInfo.InvariantCulture)}s)", context.CancellationToken);
            await _delay(interval < remaining ? interval : remaining, context.CancellationToken);
            interval = interval * 2 < MaxInterval ? interval * 2 : MaxInterval;
        }
    }
}
