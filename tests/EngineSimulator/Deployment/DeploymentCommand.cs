namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

public enum DeploymentCommand
{
    Preview,
    Up,
    Refresh,
    Destroy,
    Import,
}
