namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>One resource's step. <see cref="Error"/> is set for <see cref="StepOperation.Failed"/> and skipped steps.</summary>
public sealed record StepResult(
    string Urn,
    string Type,
    string Name,
    StepOperation Operation,
    IReadOnlyList<PropertyChange> Changes,
    string? Error = null,
    bool Drifted = false);
