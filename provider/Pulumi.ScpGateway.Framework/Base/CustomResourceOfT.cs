using System.Diagnostics.CodeAnalysis;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A resource written as typed calls. The framework does Check, Diff, previews, secrets and
/// id templates from the declarations on <typeparamref name="TArgs"/> and
/// <typeparamref name="TState"/>; a resource implements the four calls against the cloud API. Rules
/// across properties belong to the Args record (<see cref="ICrossPropertyRules"/>).
/// </summary>
/// <typeparam name="TArgs">The inputs record.</typeparam>
/// <typeparam name="TState">The outputs record: the inputs plus what the cloud computes.</typeparam>
public abstract class CustomResource<
    [DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] TArgs,
    [DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] TState> : CustomResource, IDeclaredResource
    where TArgs : class
    where TState : class, TArgs
{
    public sealed override ResourceDeclaration Declaration => ResourceDeclaration.For(GetType(), Declare);

    static ResourceDeclaration IDeclaredResource.Declare(Type resourceType) => Declare(resourceType);

    /// <summary>Creates the resource; answers its id and state.</summary>
    public abstract Task<(string Id, TState State)> CreateAsync(TArgs inputs, ResourceContext context);

    /// <summary>
    /// Reads the resource as the cloud has it: the inputs that would produce it (often the state
    /// itself, which is also a <typeparamref name="TArgs"/>) and its state; null when it is gone.
    /// Import passes null old inputs and state. Not-readable inputs are carried over by the framework.
    /// </summary>
    public abstract Task<(TArgs Inputs, TState State)?> ReadAsync(string id, TArgs? oldInputs, TState? oldState, ResourceContext context);

    /// <summary>Updates in place; called only when a property without Replace changed.</summary>
    public virtual Task<TState> UpdateAsync(string id, TArgs olds, TArgs news, TState oldState, ResourceContext context) =>
        throw new NotSupportedException($"{Declaration.Name} has no in-place updates; every change replaces it.");

    public abstract Task DeleteAsync(string id, TState state, ResourceContext context);

    protected ImportId ParseId(string id) => Declaration.ParseId(id);

    protected string FormatId(params string[] parts) => Declaration.ImportId.Format(parts);

    /// <summary>The id of <paramref name="state"/>, from the state properties the id template names.</summary>
    protected string FormatId(TState state)
    {
        var values = ObjectWriter.Write(Declaration.State, state);
        return FormatId([.. Declaration.ImportId.Parts.Select(part => values.TryGetString(part, out var value) ? value : "")]);
    }

    /// <summary>A new state holding the given inputs; add the computed values with <c>with { ... }</c>.</summary>
    protected static TState StateFrom(TArgs inputs)
    {
        var argsShape = ObjectShape.Of<TArgs>();
        var state = (TState)ObjectShape.Of<TState>().CreateInstance();
        foreach (var property in argsShape.Properties)
        {
            property.Property.SetValue(state, property.Property.GetValue(inputs));
        }
        return state;
    }

    /// <summary>The exception for a create or update that left the resource existing but not fully set up.</summary>
    protected static ResourceInitFailedException InitFailed(string id, TState state, Exception? cause, params string[] reasons) =>
        new(id, state, reasons, cause);

    internal sealed override async Task<ResourceCreateResult> CreateAsync(ResourceCreateRequest request, ResourceContext context)
    {
        try
        {
            var (id, state) = await CreateAsync(ObjectReader.Read<TArgs>(request.Properties), context);
            return new ResourceCreateResult(id, ResourceOutputs.Of(Declaration, state, request.Properties));
        }
        catch (ResourceInitFailedException partial)
        {
            throw ResourceOutputs.InitFailure(Declaration, partial, request.Properties);
        }
    }

    internal sealed override async Task<ResourceReadResult> ReadAsync(ResourceReadRequest request, ResourceContext context)
    {
        var oldInputs = request.Inputs.Count > 0 ? ObjectReader.Read<TArgs>(request.Inputs) : null;
        var oldState = request.Properties.Count > 0 ? ObjectReader.Read<TState>(request.Properties) : null;
        var read = await ReadAsync(request.Id, oldInputs, oldState, context);
        return read is { } found
            ? ResourceOutputs.OfRead(Declaration, request, found.Inputs, found.State)
            : ResourceReadResult.Gone;
    }

    internal sealed override async Task<PropertyMap> UpdateAsync(ResourceUpdateRequest request, ResourceContext context)
    {
        var olds = ObjectReader.Read<TArgs>(request.OldInputs is { Count: > 0 } oldInputs ? oldInputs : request.Olds);
        try
        {
            var state = await UpdateAsync(request.Id, olds, ObjectReader.Read<TArgs>(request.News), ObjectReader.Read<TState>(request.Olds), context);
            return ResourceOutputs.Of(Declaration, state, request.News);
        }
        catch (ResourceInitFailedException partial)
        {
            throw ResourceOutputs.InitFailure(Declaration, partial, request.News);
        }
    }

    internal sealed override Task DeleteAsync(ResourceDeleteRequest request, ResourceContext context) =>
        DeleteAsync(request.Id, ObjectReader.Read<TState>(request.Properties), context);

    private static ResourceDeclaration Declare(Type resourceType) =>
        new(resourceType, ObjectShape.Of<TArgs>(), ObjectShape.Of<TState>());
}
