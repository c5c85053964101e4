using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>An IP allow list connected to stages.</summary>
public sealed class AccessControlRecord : StoredObject
{
    /// <summary>Dumped (<c>/_emulator/state</c>) under the seed's name, as every record field is.</summary>
    [JsonPropertyName("allowed_ip_addr")]
    public IReadOnlyList<string> AllowedIpAddresses { get; set; } = [];

    public IReadOnlyList<string> ConnectedStages { get; set; } = [];

    public string Description { get; set; } = string.Empty;
}
