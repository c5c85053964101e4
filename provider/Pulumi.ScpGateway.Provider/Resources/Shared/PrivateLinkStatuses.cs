namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// The statuses of a PrivateLink endpoint as SCP spells them (its examples mix "Active" and
/// "CANCELED", so they are compared without regard to case).
/// </summary>
public static class PrivateLinkStatuses
{
    public const string Requested = "REQUESTED";
    public const string Canceled = "CANCELED";
    public const string Active = "ACTIVE";
    public const string Rejected = "REJECTED";
    public const string Disconnected = "DISCONNECTED";

    public static bool Is(string? status, string expected) => string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);
}
