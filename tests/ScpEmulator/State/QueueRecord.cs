using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>A Queue Service queue; FIFO when its name ends in <c>.fifo</c>.</summary>
public sealed class QueueRecord : StoredObject
{
    public string? Description { get; set; }

    /// <summary>When creation finishes: CreatedAt plus the create delay in force when it was created.</summary>
    public DateTimeOffset ActiveAt { get; set; }

    /// <summary>Created while <c>/_emulator/creating</c> held new objects: reads creating until released, then ACTIVE.</summary>
    public bool HeldCreating { get; set; }

    public long MessageRetentionPeriod { get; set; }

    public string MessageRetentionPeriodUnit { get; set; } = "day";

    public long MessageSize { get; set; }

    public long? DataKeyReusePeriod { get; set; }

    public string? DataKeyReusePeriodUnit { get; set; }

    public QueueEncryption? Encryption { get; set; }

    public List<KeyValuePair<string, string?>> Tags { get; set; } = [];

    /// <summary>The ACL: addresses added and removed by the <c>ip_address</c> lists of Set Acl and Delete Acl.</summary>
    [JsonPropertyName("ip_address")]
    public List<string> AllowedIpAddresses { get; set; } = [];

    public DateTimeOffset ModifiedAt { get; set; }

    public string Type => Name.EndsWith(".fifo", StringComparison.Ordinal) ? "FIFO" : "STANDARD";
}

/// <summary>The KMS key a queue is encrypted with.</summary>
public sealed record QueueEncryption(string? Id, string? Name);
