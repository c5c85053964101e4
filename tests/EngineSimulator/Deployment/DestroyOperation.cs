using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary><c>destroy</c>: Delete every resource in reverse dependency order; stops at the first failure.</summary>
public sealed class DestroyOperation(StackState old, ResourceCalls calls, bool preview, StepLog log)
{
    public async Task<OperationOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var remaining = old.Resources.ToList();
        foreach (var resource in old.Resources.Reverse())
        {
            var key = ResourceKey.Of(resource);
            if (resource.Protect)
            {
                log.Fail(key, $"{key.Type} {key.Name}: the resource is protected and cannot be deleted (remove options.protect first)");
                break;
            }

            try
            {
                if (!preview)
                {
                    await calls.DeleteAsync(resource, cancellationToken).ConfigureAwait(false);
                    remaining.Remove(resource);
                }

                log.Add(new StepResult(key.Urn, key.Type, key.Name, StepOperation.Delete, []));
            }
            catch (ProviderCallException ex)
            {
                log.Fail(key, ex.Message);
                break;
            }
        }

        return new OperationOutcome(old with { Resources = remaining }, log.Steps, log.Errors, PropertyMap.Empty);
    }
}
