namespace Pulumi.ScpGateway.Framework;

/// <summary>The engine's autonaming request (sent only when the user configured autonaming).</summary>
public sealed record Autonaming(string ProposedName, AutonamingMode Mode);
