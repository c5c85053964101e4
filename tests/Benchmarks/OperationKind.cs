namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>The four things the engine asks of a resource that cost SCP requests.</summary>
public enum OperationKind
{
    Create,
    Read,
    Update,
    Delete,
}
