using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Check: <see cref="Olds"/> are the previous inputs (empty for a new resource).</summary>
public sealed record ResourceCheckRequest(string Urn, PropertyMap Olds, PropertyMap News) : ResourceRequest(Urn)
{
    public ReadOnlyMemory<byte> RandomSeed { get; init; }

    public Autonaming? Autonaming { get; init; }
}
