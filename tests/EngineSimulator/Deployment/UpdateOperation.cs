using Pulumi.ScpGateway.Host;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// <c>preview</c> and <c>up</c>: every resource in dependency order on up to N workers
/// (Check, then Create, or Diff then Update/Replace/keep), then deletes of replaced and removed
/// resources in reverse order. A failure stops the resource's dependents only.
/// </summary>
public sealed class UpdateOperation
{
    private readonly YamlProgram program;
    private readonly DependencyGraph graph;
    private readonly StackState old;
    private readonly ResourceCalls calls;
    private readonly ProgramScope scope;
    private readonly bool preview;
    private readonly WorkerPool workers;
    private readonly StepLog log;
    private readonly ConcurrentDictionary<string, ResourceState> results = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ResourceState> replaced = new();
    private readonly ConcurrentDictionary<string, bool> deletedUrns = new(StringComparer.Ordinal);

    public UpdateOperation(YamlProgram program, StackState old, StackConfig config, ResourceCalls calls, bool preview, WorkerPool workers, StepLog log)
    {
        this.log = log;
        this.program = program;
        graph = DependencyGraph.Build(program);
        this.old = old;
        this.calls = calls;
        this.preview = preview;
        scope = new ProgramScope(program.Name, old.Stack, config.Program, calls);
        this.workers = workers;
    }

    /// <summary>See <see cref="DeploymentOptions.Interrupt"/>: once fired, resources not yet started are skipped.</summary>
    public CancellationToken Interrupt { get; init; }

    /// <summary>
    /// The provider config changes DiffConfig said replace the provider (a new region); then, as in the
    /// engine, every resource the program keeps is replaced: made anew by the new provider.
    /// </summary>
    public IReadOnlyList<PropertyChange>? ProviderReplacement { get; init; }

    /// <summary>Deletes resources made before the provider was replaced: the provider with the old config. Defaults to the current one.</summary>
    public ResourceCalls? DeleteCalls { get; init; }

    /// <summary>See <see cref="DeploymentOptions.OnStepStarted"/>.</summary>
    public Action<string, string, string>? OnStarted { get; init; }

    public async Task<OperationOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);
        foreach (var name in graph.Order)
        {
            var dependencies = graph.Dependencies[name].Select(dependency => nodes[dependency]).ToArray();
            nodes[name] = RunNodeAsync(name, dependencies, cancellationToken);
        }

        await Task.WhenAll(nodes.Values).ConfigureAwait(false);
        if (Interrupt.IsCancellationRequested)
        {
            log.Error("the update was cancelled; resources in flight were recorded as the provider answered");
        }

        var outputs = await EvaluateOutputsAsync(nodes, cancellationToken).ConfigureAwait(false);
        var removed = old.Resources.Where(resource => resource.PendingDelete || Key(resource.Type, resource.Name).Urn != resource.Urn || program.FindResource(resource.Name)?.Type != resource.Type).ToList();
        var pending = removed.AsEnumerable().Reverse().Concat(replaced.Reverse()).ToList();
        if (log.Errors.Count == 0)
        {
            await DeleteAsync(pending, cancellationToken).ConfigureAwait(false);
        }

        return new OperationOutcome(NewState(removed), log.Steps, log.Errors, outputs);
    }

    private async Task<bool> RunNodeAsync(string name, Task<bool>[] dependencies, CancellationToken cancellationToken)
    {
        var ready = await Task.WhenAll(dependencies).ConfigureAwait(false);
        var resource = program.FindResource(name);
        if (!ready.All(ok => ok))
        {
            if (resource is not null)
            {
                var key = Key(resource.Type, name);
                log.Add(new StepResult(key.Urn, key.Type, name, StepOperation.Skipped, [], "skipped: a resource it depends on failed"));
            }

            return false;
        }

        await workers.AcquireAsync(name, cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interrupt.IsCancellationRequested && resource is not null)
            {
                var key = Key(resource.Type, name);
                log.Add(new StepResult(key.Urn, key.Type, name, StepOperation.Skipped, [], "skipped: the update was cancelled"));
                return false;
            }

            return resource is null
                ? await RunVariableAsync(program.Variables.First(variable => variable.Name == name), cancellationToken).ConfigureAwait(false)
                : await RunResourceAsync(resource, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            workers.Release();
        }
    }

    private async Task<bool> RunVariableAsync(ProgramVariable variable, CancellationToken cancellationToken)
    {
        try
        {
            scope.PublishVariable(variable.Name, await ExpressionEvaluator.EvaluateAsync(variable.Value, scope, cancellationToken).ConfigureAwait(false));
            return true;
        }
        catch (Exception ex) when (ex is ProgramException or ProviderCallException)
        {
            log.Error(program.Describe(ex));
            return false;
        }
    }

    private async Task<bool> RunResourceAsync(ProgramResource resource, CancellationToken cancellationToken)
    {
        var key = Key(resource.Type, resource.Name);
        var previous = old.Find(key.Urn);
        try
        {
            var news = await ExpressionEvaluator.EvaluateObjectAsync(resource.Properties, scope, cancellationToken).ConfigureAwait(false);
            if (previous is not null)
            {
                news = IgnoreChanges(news, previous.Inputs, resource.Options.IgnoreChanges);
            }

            var seed = previous?.RandomSeed ?? RandomNumberGenerator.GetBytes(32);
            if (previous is null && resource.Options.Import is { } importId)
            {
                return await ImportAsync(resource, key, importId, news, seed, cancellationToken).ConfigureAwait(false);
            }

            var inputs = await CheckAsync(key, previous?.Inputs ?? PropertyMap.Empty, news, seed, cancellationToken).ConfigureAwait(false);
            var state = new ResourceState(key.Urn, key.Type, key.Name, string.Empty, inputs, PropertyMap.Empty, DependencyUrns(resource.Name), seed, resource.Options.Protect);
            if (previous is not null && ProviderReplacement is { } providerChanges)
            {
                return await ReplaceAsync(resource, previous, state, news, providerChanges, providerWantsDeleteFirst: false, cancellationToken).ConfigureAwait(false);
            }

            if (previous is null)
            {
                Started(key, "creating");
                var (id, outputs) = await calls.CreateAsync(key, inputs, preview, cancellationToken).ConfigureAwait(false);
                return Done(state with { Id = id, Outputs = SecretOutputs.Keep(outputs, inputs) }, StepOperation.Create, [], planned: preview);
            }

            var diff = await calls.DiffAsync(key, previous.Id, previous.Outputs, previous.Inputs, inputs, resource.Options.IgnoreChanges, cancellationToken).ConfigureAwait(false);
            var changes = DiffReader.Changes(diff, previous.Inputs, inputs);
            // A resource left half-made (init errors) is updated even without changes, as the engine does, to finish it.
            var changed = previous.PartialFailure || diff.Changes switch
            {
                DiffResponse.Types.DiffChanges.DiffSome => true,
                DiffResponse.Types.DiffChanges.DiffNone => false,
                _ => changes.Count > 0,
            };
            if (!changed)
            {
                return Done(previous with { Inputs = inputs, Dependencies = state.Dependencies, Protect = state.Protect }, StepOperation.Same, [], planned: false);
            }

            if (diff.Replaces.Count > 0 || changes.Any(change => change.Replaces))
            {
                return await ReplaceAsync(resource, previous, state, news, changes, diff.DeleteBeforeReplace, cancellationToken).ConfigureAwait(false);
            }

            Started(key, "updating");
            var updated = await calls.UpdateAsync(key, previous.Id, previous.Outputs, previous.Inputs, inputs, resource.Options.IgnoreChanges, preview, cancellationToken).ConfigureAwait(false);
            return Done(state with { Id = previous.Id, Outputs = SecretOutputs.Keep(SecretOutputs.Keep(updated, inputs), previous.Outputs) }, StepOperation.Update, changes, planned: preview);
        }
        catch (ResourceInitFailure failure)
        {
            if (!preview)
            {
                results[resource.Name] = new ResourceState(
                    key.Urn, key.Type, key.Name, failure.Id, failure.Inputs, failure.Outputs, DependencyUrns(resource.Name),
                    previous?.RandomSeed ?? RandomNumberGenerator.GetBytes(32), resource.Options.Protect, PartialFailure: true);
            }

            log.Fail(key, failure.Message);
            return false;
        }
        catch (Exception ex) when (ex is ProgramException or ProviderCallException)
        {
            log.Fail(key, program.Describe(ex));
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else (a malformed answer, a dead plugin) fails this resource, not the whole run.
            log.Fail(key, $"{key.Type} {key.Name}: {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    private async Task<bool> ReplaceAsync(ProgramResource resource, ResourceState previous, ResourceState state, PropertyMap news, IReadOnlyList<PropertyChange> changes, bool providerWantsDeleteFirst, CancellationToken cancellationToken)
    {
        var key = ResourceKey.Of(state);
        // The program's current protect option decides, so removing it unblocks the replacement.
        if (state.Protect)
        {
            log.Fail(key, $"{key.Type} {key.Name}: the resource is protected and cannot be replaced (remove options.protect first)", changes);
            return false;
        }

        var deleteFirst = providerWantsDeleteFirst || resource.Options.DeleteBeforeReplace;
        Started(key, "replacing");
        if (deleteFirst && !preview)
        {
            await (DeleteCalls ?? calls).DeleteAsync(previous, cancellationToken).ConfigureAwait(false);
            deletedUrns[previous.Urn] = true;
        }

        // A replacement is a new resource: Check again with no olds and a fresh random seed (the engine
        // draws one per registration), so an autonamed replacement does not take the old object's name.
        var seed = RandomNumberGenerator.GetBytes(32);
        var inputs = await CheckAsync(key, PropertyMap.Empty, news, seed, cancellationToken).ConfigureAwait(false);
        var (id, outputs) = await calls.CreateAsync(key, inputs, preview, cancellationToken).ConfigureAwait(false);
        if (!deleteFirst && !preview)
        {
            replaced.Enqueue(previous with { PendingDelete = true });
        }

        return Done(state with { Id = id, Inputs = inputs, Outputs = SecretOutputs.Keep(outputs, inputs), RandomSeed = seed }, StepOperation.Replace, changes, planned: preview);
    }

    /// <summary>
    /// <c>options.import</c> of a resource not yet in the state, as the engine does it (in preview too):
    /// Read(id only), Check(olds = what Read returned, news = the program's inputs), then Diff, which must
    /// show no changes; the resource joins the state without a create. Once in the state the option is ignored.
    /// </summary>
    private async Task<bool> ImportAsync(ProgramResource resource, ResourceKey key, string importId, PropertyMap news, byte[] seed, CancellationToken cancellationToken)
    {
        var read = await calls.ReadAsync(key, importId, PropertyMap.Empty, PropertyMap.Empty, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(read.Id) || read.Inputs is null)
        {
            throw new ProviderCallException($"{key.Type} {key.Name}: options.import: no resource with id '{importId}' exists");
        }

        var readInputs = StructConverter.ToPropertyMap(read.Inputs);
        var outputs = StructConverter.ToPropertyMap(read.Properties);
        // As for an update, ignoreChanges keeps what was read (a value SCP cannot give back stays out).
        news = IgnoreChanges(news, readInputs, resource.Options.IgnoreChanges);
        var inputs = await CheckAsync(key, readInputs, news, seed, cancellationToken).ConfigureAwait(false);
        var diff = await calls.DiffAsync(key, read.Id, outputs, readInputs, inputs, resource.Options.IgnoreChanges, cancellationToken).ConfigureAwait(false);
        var changes = DiffReader.Changes(diff, readInputs, inputs);
        if (diff.Changes == DiffResponse.Types.DiffChanges.DiffSome || (diff.Changes == DiffResponse.Types.DiffChanges.DiffUnknown && changes.Count > 0))
        {
            log.Fail(key, $"{key.Type} {key.Name}: options.import: the program's inputs differ from the imported resource ({string.Join(", ", changes.Select(change => change.Path))}); edit the program to match", changes);
            return false;
        }

        var state = new ResourceState(key.Urn, key.Type, key.Name, read.Id, inputs, SecretOutputs.Keep(outputs, inputs), DependencyUrns(resource.Name), seed, resource.Options.Protect);
        return Done(state, StepOperation.Import, [], planned: false);
    }

    private async Task<PropertyMap> CheckAsync(ResourceKey key, PropertyMap olds, PropertyMap news, byte[] seed, CancellationToken cancellationToken)
    {
        var check = await calls.CheckAsync(key, olds, news, seed, cancellationToken).ConfigureAwait(false);
        return check.Failures.Count == 0
            ? SecretOutputs.Keep(StructConverter.ToPropertyMap(check.Inputs), news)
            : throw new ProviderCallException($"{key.Type} {key.Name}: Check failed: {CheckFailures.Describe(check.Failures)}");
    }

    // Only real work is announced; a preview's steps are instant.
    private void Started(ResourceKey key, string verb)
    {
        if (!preview)
        {
            OnStarted?.Invoke(key.Type, key.Name, verb);
        }
    }

    private bool Done(ResourceState state, StepOperation operation, IReadOnlyList<PropertyChange> changes, bool planned)
    {
        results[state.Name] = state;
        scope.PublishResource(state.Name, state.Urn, state.Id, state.Outputs, planned);
        log.Add(new StepResult(state.Urn, state.Type, state.Name, operation, changes));
        return true;
    }

    private async Task DeleteAsync(IReadOnlyList<ResourceState> pending, CancellationToken cancellationToken)
    {
        foreach (var resource in pending)
        {
            var key = ResourceKey.Of(resource);
            if (resource.Protect && !resource.PendingDelete)
            {
                log.Fail(key, $"{key.Type} {key.Name}: the resource is protected and cannot be deleted (remove options.protect first)");
                continue;
            }

            try
            {
                if (!preview)
                {
                    Started(key, "deleting");
                    await (DeleteCalls ?? calls).DeleteAsync(resource, cancellationToken).ConfigureAwait(false);
                    deletedUrns[DeletedKey(resource)] = true;
                }

                if (!resource.PendingDelete)
                {
                    log.Add(new StepResult(resource.Urn, resource.Type, resource.Name, StepOperation.Delete, []));
                }
            }
            catch (ProviderCallException ex)
            {
                log.Fail(key, ex.Message);
            }
        }
    }

    private StackState NewState(IReadOnlyList<ResourceState> removed)
    {
        var resources = new List<ResourceState>();
        foreach (var resource in program.Resources.Where(r => graph.Order.Contains(r.Name)).OrderBy(r => IndexOf(r.Name)))
        {
            var key = Key(resource.Type, resource.Name);
            if (results.TryGetValue(resource.Name, out var state))
            {
                resources.Add(state);
            }
            else if (old.Find(key.Urn) is { } kept && !deletedUrns.ContainsKey(kept.Urn))
            {
                resources.Add(kept);
            }
        }

        resources.AddRange(removed.Concat(replaced).Where(resource => !deletedUrns.ContainsKey(DeletedKey(resource))));
        return old with { Resources = resources };
    }

    private async Task<PropertyMap> EvaluateOutputsAsync(Dictionary<string, Task<bool>> nodes, CancellationToken cancellationToken)
    {
        var outputs = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, expression) in program.Outputs)
        {
            if (ExpressionReferences.Roots(expression).Any(root => nodes.TryGetValue(root, out var node) && !node.Result))
            {
                continue; // A failed resource has no outputs to show; its error is already reported.
            }

            try
            {
                outputs.Add(new(name, await ExpressionEvaluator.EvaluateAsync(expression, scope, cancellationToken).ConfigureAwait(false)));
            }
            catch (Exception ex) when (ex is ProgramException or ProviderCallException)
            {
                log.Error(program.Describe(ex));
            }
        }

        return new PropertyMap(outputs);
    }

    private IReadOnlyList<string> DependencyUrns(string name)
    {
        var urns = new List<string>();
        foreach (var dependency in graph.Dependencies[name])
        {
            if (program.FindResource(dependency) is { } resource)
            {
                urns.Add(Key(resource.Type, resource.Name).Urn);
            }
            else
            {
                urns.AddRange(DependencyUrns(dependency));
            }
        }

        return urns.Distinct(StringComparer.Ordinal).ToList();
    }

    private static PropertyMap IgnoreChanges(PropertyMap news, PropertyMap oldInputs, IReadOnlyList<string> ignored)
    {
        foreach (var key in ignored)
        {
            news = oldInputs.TryGetValue(key, out var kept) ? news.With(key, kept) : news.Without(key);
        }

        return news;
    }

    private int IndexOf(string name) => graph.Order.ToList().IndexOf(name);

    private static string DeletedKey(ResourceState resource) => resource.PendingDelete ? resource.Urn + "#pending:" + resource.Id : resource.Urn;

    private ResourceKey Key(string type, string name) => ResourceKey.For(program.Name, old.Stack, type, name);
}
