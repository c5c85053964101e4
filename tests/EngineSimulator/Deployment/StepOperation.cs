namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>What a deployment did (or, in preview, would do) to one resource.</summary>
public enum StepOperation
{
    Same,
    Create,
    Update,
    Replace,
    Delete,
    Refresh,
    Import,
    Failed,
    Skipped,
}
