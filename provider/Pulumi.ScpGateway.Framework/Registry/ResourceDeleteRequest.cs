using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Delete with the resource's last outputs.</summary>
public sealed record ResourceDeleteRequest(string Id, string Urn, PropertyMap Properties) : ResourceRequest(Urn)
{
    public PropertyMap? OldInputs { get; init; }

    public TimeSpan Timeout { get; init; }
}
