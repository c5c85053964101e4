using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Update: <see cref="Olds"/> are the old outputs, <see cref="News"/> the checked new inputs.</summary>
public sealed record ResourceUpdateRequest(string Id, string Urn, PropertyMap Olds, PropertyMap News) : ResourceRequest(Urn)
{
    public PropertyMap? OldInputs { get; init; }

    public bool Preview { get; init; }

    public TimeSpan Timeout { get; init; }

    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];
}
