using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>A stack's state: its resources in dependency order (dependencies first), the provider config and the stack outputs.</summary>
public sealed record StackState(string Project, string Stack, PropertyMap ProviderConfig, IReadOnlyList<ResourceState> Resources)
{
    /// <summary>The outputs of the last update, for <c>stack output</c> (secrets wrapped).</summary>
    public PropertyMap Outputs { get; init; } = PropertyMap.Empty;

    public static StackState Empty(string project, string stack) => new(project, stack, PropertyMap.Empty, []);

    /// <summary>The live (not pending-delete) resource with <paramref name="urn"/>.</summary>
    public ResourceState? Find(string urn) => Resources.FirstOrDefault(resource => resource.Urn == urn && !resource.PendingDelete);
}
