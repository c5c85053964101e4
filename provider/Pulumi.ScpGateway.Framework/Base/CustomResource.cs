using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// What the registry calls on a resource instance, in property maps. Check, Diff and previews
/// need no instance (they work from the declaration alone). Derive from
/// <see cref="CustomResource{TArgs, TState}"/>, never from this class.
/// </summary>
public abstract class CustomResource
{
    private protected CustomResource()
    {
    }

    public abstract ResourceDeclaration Declaration { get; }

    internal abstract Task<ResourceCreateResult> CreateAsync(ResourceCreateRequest request, ResourceContext context);

    internal abstract Task<ResourceReadResult> ReadAsync(ResourceReadRequest request, ResourceContext context);

    internal abstract Task<PropertyMap> UpdateAsync(ResourceUpdateRequest request, ResourceContext context);

    internal abstract Task DeleteAsync(ResourceDeleteRequest request, ResourceContext context);
}
