namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>An IP allow list connected to stages.</summary>
public sealed class AccessControlRecord : StoredObject
{
    public IReadOnlyList<string> AllowedIpAddresses { get; set; } = [];

    public IReadOnlyList<string> ConnectedStages { get; set; } = [];

    public string Description { get; set; } = string.Empty;
}
