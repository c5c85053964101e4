using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>What one operation produced: the state to save, the steps, errors and stack outputs.</summary>
public sealed record OperationOutcome(StackState State, IReadOnlyList<StepResult> Steps, IReadOnlyList<string> Errors, PropertyMap Outputs)
{
    /// <summary>For import: the program text that declares the imported resource.</summary>
    public string? ProgramSnippet { get; init; }
}
