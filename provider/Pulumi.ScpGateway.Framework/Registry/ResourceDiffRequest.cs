using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Diff: <see cref="Olds"/> are the old outputs, <see cref="OldInputs"/> the old inputs when the engine sends them.</summary>
public sealed record ResourceDiffRequest(string Id, string Urn, PropertyMap Olds, PropertyMap News) : ResourceRequest(Urn)
{
    public PropertyMap? OldInputs { get; init; }

    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];
}
