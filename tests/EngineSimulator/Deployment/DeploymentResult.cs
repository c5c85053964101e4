using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>What a command did: its steps in the order they finished, errors, stack outputs and the provider's log.</summary>
public sealed record DeploymentResult(
    string Command,
    string Stack,
    bool Preview,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<string> Errors,
    PropertyMap Outputs,
    IReadOnlyList<EngineLogEntry> Logs,
    TimeSpan Duration)
{
    /// <summary>For import: the program text to add, as <c>pulumi import</c> prints it.</summary>
    public string? ProgramSnippet { get; init; }

    public bool Succeeded => Errors.Count == 0;

    public bool HasDrift => Steps.Any(step => step.Drifted);

    public int Count(StepOperation operation) => Steps.Count(step => step.Operation == operation);

    public StepResult Step(string name) =>
        Steps.LastOrDefault(step => step.Name == name) ?? throw new KeyNotFoundException($"No step for '{name}'.");
}
