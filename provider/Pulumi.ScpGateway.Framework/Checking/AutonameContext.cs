namespace Pulumi.ScpGateway.Framework;

/// <summary>What Check knows for proposing a name: the logical name, the engine's seed and request.</summary>
public sealed record AutonameContext(string LogicalName, ReadOnlyMemory<byte> RandomSeed, Autonaming? Request)
{
    /// <summary>The inputs (by wire name) of an earlier run's create of this resource that never reported back; null when there is none.</summary>
    public IReadOnlyDictionary<string, string>? Unfinished { get; init; }
}
