namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>A JWT access token connected to stages; the token is shown only by Create Auth.</summary>
public sealed class AuthRecord : StoredObject
{
    public IReadOnlyList<string> ConnectedStages { get; set; } = [];

    public DateTimeOffset ExpiredAt { get; set; }

    public string AccessToken { get; set; } = string.Empty;
}
