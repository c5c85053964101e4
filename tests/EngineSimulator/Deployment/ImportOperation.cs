using Pulumi.ScpGateway.Host;
using System.Security.Cryptography;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// <c>import &lt;type&gt; &lt;name&gt; &lt;id&gt;</c>: Read(id only) → Check(olds = inputs Read returned,
/// news = the program's inputs, or Read's when the program lacks the resource) → Diff, which
/// must show no changes; then the resource joins the state.
/// </summary>
public sealed class ImportOperation(YamlProgram program, StackState old, StackConfig config, ResourceCalls calls, ImportTarget target, StepLog log)
{
    public async Task<OperationOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var key = ResourceKey.For(program.Name, old.Stack, target.Type, target.Name);
        if (old.Find(key.Urn) is not null)
        {
            log.Fail(key, $"{key.Type} {key.Name}: already in the stack's state; nothing to import");
            return new OperationOutcome(old, log.Steps, log.Errors, PropertyMap.Empty);
        }

        try
        {
            var read = await calls.ReadAsync(key, target.Id, PropertyMap.Empty, PropertyMap.Empty, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(read.Id))
            {
                throw new ProviderCallException($"{key.Type} {key.Name}: no resource with id '{target.Id}' exists");
            }

            if (read.Inputs is null)
            {
                throw new ProviderCallException($"{key.Type} {key.Name}: the provider does not support importing (Read returned no inputs)");
            }

            var readInputs = StructConverter.ToPropertyMap(read.Inputs);
            var outputs = StructConverter.ToPropertyMap(read.Properties);
            var news = await ProgramInputsAsync(readInputs, cancellationToken).ConfigureAwait(false);
            var seed = RandomNumberGenerator.GetBytes(32);
            var check = await calls.CheckAsync(key, readInputs, news, seed, cancellationToken).ConfigureAwait(false);
            if (check.Failures.Count > 0)
            {
                throw new ProviderCallException($"{key.Type} {key.Name}: Check failed: {CheckFailures.Describe(check.Failures)}");
            }

            var inputs = SecretOutputs.Keep(StructConverter.ToPropertyMap(check.Inputs), news);
            var diff = await calls.DiffAsync(key, read.Id, outputs, readInputs, inputs, [], cancellationToken).ConfigureAwait(false);
            var changes = DiffReader.Changes(diff, readInputs, inputs);
            if (diff.Changes == DiffResponse.Types.DiffChanges.DiffSome || (diff.Changes == DiffResponse.Types.DiffChanges.DiffUnknown && changes.Count > 0))
            {
                log.Fail(key, $"{key.Type} {key.Name}: the program's inputs differ from the imported resource ({string.Join(", ", changes.Select(change => change.Path))}); edit the program to match", changes);
                return new OperationOutcome(old, log.Steps, log.Errors, PropertyMap.Empty);
            }

            var resource = new ResourceState(key.Urn, key.Type, key.Name, read.Id, inputs, SecretOutputs.Keep(outputs, inputs), [], seed,
                program.FindResource(target.Name)?.Options.Protect ?? false);
            log.Add(new StepResult(key.Urn, key.Type, key.Name, StepOperation.Import, []));
            return new OperationOutcome(old with { Resources = [.. old.Resources, resource] }, log.Steps, log.Errors, PropertyMap.Empty)
            {
                ProgramSnippet = ImportedProgram.Snippet(key.Name, key.Type, inputs, resource.Protect),
            };
        }
        catch (Exception ex) when (ex is ProgramException or ProviderCallException)
        {
            log.Fail(key, program.Describe(ex));
            return new OperationOutcome(old, log.Steps, log.Errors, PropertyMap.Empty);
        }
    }

    private async Task<PropertyMap> ProgramInputsAsync(PropertyMap readInputs, CancellationToken cancellationToken)
    {
        if (program.FindResource(target.Name) is not { } resource)
        {
            return readInputs;
        }

        if (resource.Type != target.Type)
        {
            throw new ProgramException($"resources.{target.Name}: the program declares type {resource.Type}, not {target.Type}");
        }

        // References resolve against what is already in state.
        var scope = new ProgramScope(program.Name, old.Stack, config.Program, calls);
        foreach (var existing in old.Resources.Where(r => !r.PendingDelete))
        {
            scope.PublishResource(existing.Name, existing.Urn, existing.Id, existing.Outputs, planned: false);
        }

        return await ExpressionEvaluator.EvaluateObjectAsync(resource.Properties, scope, cancellationToken).ConfigureAwait(false);
    }
}
