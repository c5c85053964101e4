namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>The engine's name for a resource: URN, type token and logical name.</summary>
public sealed record ResourceKey(string Urn, string Type, string Name)
{
    public static ResourceKey For(string project, string stack, string type, string name) =>
        new($"urn:pulumi:{stack}::{project}::{type}::{name}", type, name);

    public static ResourceKey Of(ResourceState resource) => new(resource.Urn, resource.Type, resource.Name);
}
