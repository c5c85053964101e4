using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// <c>refresh</c>: Read every resource (id, old outputs, old inputs); an empty id drops it from state.
/// Drift is what Diff(olds = what Read returned, news = old inputs) reports, shown as
/// "was in state → is now".
/// </summary>
public sealed class RefreshOperation(StackState old, ResourceCalls calls, WorkerPool workers, StepLog log)
{
    public async Task<OperationOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var refreshed = await Task.WhenAll(old.Resources.Select(async resource =>
        {
            await workers.AcquireAsync(resource.Name, cancellationToken).ConfigureAwait(false);
            try
            {
                return await RefreshAsync(resource, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                workers.Release();
            }
        })).ConfigureAwait(false);
        var state = old with { Resources = refreshed.OfType<ResourceState>().ToList() };
        return new OperationOutcome(state, log.Steps, log.Errors, PropertyMap.Empty);
    }

    private async Task<ResourceState?> RefreshAsync(ResourceState resource, CancellationToken cancellationToken)
    {
        var key = ResourceKey.Of(resource);
        try
        {
            var read = await calls.ReadAsync(key, resource.Id, resource.Outputs, resource.Inputs, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(read.Id))
            {
                log.Add(new StepResult(key.Urn, key.Type, key.Name, StepOperation.Delete, [], Drifted: true));
                return null;
            }

            var outputs = SecretOutputs.Keep(StructConverter.ToPropertyMap(read.Properties), resource.Outputs);
            var inputs = read.Inputs is null ? resource.Inputs : SecretOutputs.Keep(StructConverter.ToPropertyMap(read.Inputs), resource.Inputs);
            var diff = await calls.DiffAsync(key, read.Id, outputs, inputs, resource.Inputs, [], cancellationToken).ConfigureAwait(false);
            var changes = DiffReader.Changes(diff, inputs, resource.Inputs).Select(AsDrift).ToList();
            var drifted = diff.Changes switch
            {
                DiffResponse.Types.DiffChanges.DiffSome => true,
                DiffResponse.Types.DiffChanges.DiffNone => false,
                _ => changes.Count > 0,
            };
            log.Add(new StepResult(key.Urn, key.Type, key.Name, StepOperation.Refresh, drifted ? changes : [], Drifted: drifted));
            return resource with { Id = read.Id, Outputs = outputs, Inputs = inputs };
        }
        catch (ProviderCallException ex)
        {
            log.Fail(key, ex.Message);
            return resource;
        }
    }

    // Diff compares "now" (olds) to "state" (news); the user reads drift the other way round.
    private static PropertyChange AsDrift(PropertyChange change) => change with
    {
        Kind = change.Kind switch
        {
            PropertyChangeKind.Add => PropertyChangeKind.Delete,
            PropertyChangeKind.Delete => PropertyChangeKind.Add,
            _ => change.Kind,
        },
        Old = change.New,
        New = change.Old,
    };
}
