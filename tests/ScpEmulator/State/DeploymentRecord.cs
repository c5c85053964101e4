namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>A snapshot of an Api that stages serve. SCP has no delete for deployments.</summary>
public sealed class DeploymentRecord : StoredObject
{
    public string Description { get; set; } = string.Empty;

    /// <summary>The stage the deployment was made into, if any (filter of List Api Deployments).</summary>
    public string? StageName { get; set; }
}
