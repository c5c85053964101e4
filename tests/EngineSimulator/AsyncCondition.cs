namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// Lets tests wait until some recorded state satisfies a condition, with a bounded timeout,
/// instead of sleeping. Producers call <see cref="NotifyChanged"/> after every change.
/// </summary>
public sealed class AsyncCondition
{
    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSource();

    public void NotifyChanged()
    {
        TaskCompletionSource fired;
        lock (gate)
        {
            fired = changed;
            changed = NewSource();
        }

        fired.TrySetResult();
    }

    /// <summary>Returns once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken = default)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            if (condition())
            {
                return;
            }

            try
            {
                await next.WaitAsync(bounded.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.");
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
