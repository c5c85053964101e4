namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// The <c>--parallel</c> limit: at most N steps hold a worker at once. A step that finds every
/// worker busy is reported before it waits, so a test can see the limit hold a step back instead
/// of hoping two unlimited steps would have happened to overlap.
/// </summary>
/// <param name="parallel">The number of workers; less than one means one, as the engine reads it.</param>
/// <param name="onHeldBack">Told the name of each step that has to wait for a worker; called on the step's thread.</param>
public sealed class WorkerPool(int parallel, Action<string>? onHeldBack = null) : IDisposable
{
    private readonly SemaphoreSlim workers = new(Math.Max(1, parallel));

    /// <summary>Waits for a worker for the step named <paramref name="step"/>; give it back with <see cref="Release"/>.</summary>
    public async Task AcquireAsync(string step, CancellationToken cancellationToken)
    {
        var acquired = workers.WaitAsync(cancellationToken);
        if (!acquired.IsCompleted)
        {
            onHeldBack?.Invoke(step);
        }

        await acquired.ConfigureAwait(false);
    }

    public void Release() => workers.Release();

    public void Dispose() => workers.Dispose();
}
