namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>Names an SCP operation on its endpoint so counters and fault filters can refer to it.</summary>
public sealed record OperationName(string Name);
