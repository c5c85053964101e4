namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// A reference to another Pulumi resource. <see cref="Id"/> is null for resources without an
/// id (components) and empty when the id is not known yet (preview).
/// </summary>
public sealed record ResourceReference(string Urn, string? Id, string? PackageVersion)
{
    public bool IdIsUnknown => Id is { Length: 0 };

    public override string ToString() => Id is { Length: > 0 } ? $"ref({Urn}, id {Id})" : $"ref({Urn})";
}
