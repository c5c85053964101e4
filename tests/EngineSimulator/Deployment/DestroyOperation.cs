using System.Collections.Concurrent;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// <c>destroy</c>: deletes every resource on up to N workers, each only after everything that depends
/// on it is gone (as the engine does). After the first failure no further delete starts.
/// </summary>
public sealed class DestroyOperation(StackState old, ResourceCalls calls, bool preview, WorkerPool workers, StepLog log)
{
    private readonly ConcurrentDictionary<int, bool> deleted = new();
    private int failed;

    public async Task<OperationOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var resources = old.Resources;
        var deletes = new Task<bool>?[resources.Count];

        // Resources are addressed by position: a replaced resource and its replacement share a URN.
        Task<bool> DeleteAfterDependents(int index)
        {
            if (deletes[index] is { } started)
            {
                return started;
            }

            var urn = resources[index].Urn;
            var dependents = Enumerable.Range(0, resources.Count)
                .Where(other => other != index && resources[other].Dependencies.Contains(urn, StringComparer.Ordinal))
                .Select(DeleteAfterDependents)
                .ToArray();
            return deletes[index] = DeleteAsync(index, dependents, cancellationToken);
        }

        // Last in state first, so that steps start in reverse dependency order when nothing overlaps.
        await Task.WhenAll(Enumerable.Range(0, resources.Count).Reverse().Select(DeleteAfterDependents)).ConfigureAwait(false);
        var remaining = resources.Where((_, index) => !deleted.ContainsKey(index)).ToList();
        return new OperationOutcome(old with { Resources = remaining }, log.Steps, log.Errors, PropertyMap.Empty);
    }

    private async Task<bool> DeleteAsync(int index, Task<bool>[] dependents, CancellationToken cancellationToken)
    {
        if (!(await Task.WhenAll(dependents).ConfigureAwait(false)).All(done => done))
        {
            return false;
        }

        await workers.AcquireAsync(old.Resources[index].Name, cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref failed) != 0)
            {
                return false;
            }

            var resource = old.Resources[index];
            var key = ResourceKey.Of(resource);
            if (resource.Protect)
            {
                Interlocked.Exchange(ref failed, 1);
                log.Fail(key, $"{key.Type} {key.Name}: the resource is protected and cannot be deleted (remove options.protect first)");
                return false;
            }

            try
            {
                if (!preview)
                {
                    await calls.DeleteAsync(resource, cancellationToken).ConfigureAwait(false);
                    deleted[index] = true;
                }

                log.Add(new StepResult(key.Urn, key.Type, key.Name, StepOperation.Delete, []));
                return true;
            }
            catch (ProviderCallException ex)
            {
                Interlocked.Exchange(ref failed, 1);
                log.Fail(key, ex.Message);
                return false;
            }
        }
        finally
        {
            workers.Release();
        }
    }
}
