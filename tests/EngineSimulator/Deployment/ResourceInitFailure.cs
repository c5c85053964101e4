using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>A create or update that failed after the resource came to exist: what the provider says exists now.</summary>
public sealed class ResourceInitFailure(string message, string id, PropertyMap outputs, PropertyMap inputs, IReadOnlyList<string> reasons)
    : Exception(message)
{
    public string Id { get; } = id;

    public PropertyMap Outputs { get; } = outputs;

    public PropertyMap Inputs { get; } = inputs;

    public IReadOnlyList<string> Reasons { get; } = reasons;
}
