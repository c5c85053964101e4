namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>
/// A PrivateLink endpoint. In the emulator a PRIVATE Api's PrivateLink service id is the Api id, so an
/// endpoint whose service id names an Api shows up in that Api's connected endpoints.
/// </summary>
public sealed class PrivateLinkEndpointRecord : StoredObject
{
    public string? Description { get; set; }

    public string PrivatelinkServiceId { get; set; } = string.Empty;

    public string Status { get; set; } = PrivateLinkStatus.Requested;
}

/// <summary>Statuses as the seed spells them (it shows both "Active" and "CANCELED").</summary>
public static class PrivateLinkStatus
{
    public const string Requested = "REQUESTED";
    public const string Canceled = "CANCELED";
    public const string Active = "Active";
    public const string Rejected = "REJECTED";
    public const string Disconnected = "DISCONNECTED";
}
