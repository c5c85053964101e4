using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Read: refresh sends the old outputs and inputs; import sends only the id.</summary>
public sealed record ResourceReadRequest(string Id, string Urn) : ResourceRequest(Urn)
{
    public PropertyMap Properties { get; init; } = PropertyMap.Empty;

    public PropertyMap Inputs { get; init; } = PropertyMap.Empty;
}
