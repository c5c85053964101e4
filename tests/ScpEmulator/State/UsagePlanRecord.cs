namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>A quota (limit per rate) and the API keys that draw on it.</summary>
public sealed class UsagePlanRecord : StoredObject
{
    public string? Description { get; set; }

    public long Limit { get; set; }

    public string Rate { get; set; } = "day";

    public DateTimeOffset ModifiedAt { get; set; }

    public Dictionary<string, ApiKeyRecord> ApiKeys { get; } = [];
}
