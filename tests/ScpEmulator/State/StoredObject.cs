namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>What every stored SCP object has: an id, a creation time and a creation order for stable paging.</summary>
public abstract class StoredObject
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Creation order; breaks ties between objects created in the same millisecond.</summary>
    public long Sequence { get; set; }
}
