namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>What Check knows for proposing a name: the logical name, the engine's seed and request.</summary>
public sealed record AutonameContext(string LogicalName, ReadOnlyMemory<byte> RandomSeed, Autonaming? Request);
