namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>An API key of a usage plan; <see cref="Key"/> is the secret value.</summary>
public sealed class ApiKeyRecord : StoredObject
{
    public string? Description { get; set; }

    public string Key { get; set; } = string.Empty;
}
