using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Create with the checked inputs; <see cref="Timeout"/> zero means the resource's default.</summary>
public sealed record ResourceCreateRequest(string Urn, PropertyMap Properties) : ResourceRequest(Urn)
{
    public bool Preview { get; init; }

    public TimeSpan Timeout { get; init; }
}
