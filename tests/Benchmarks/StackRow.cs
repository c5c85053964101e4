namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>
/// The kinds of resource in the benchmark stack, in the order they can be created (each depends only on
/// earlier ones). A Resource below `/` without parentId is its own row: it looks the root up first.
/// </summary>
public enum StackRow
{
    Api,
    ResourceBelowRoot,
    ResourceWithParent,
    Method,
    UsagePlan,
    ApiKey,
    Deployment,
    Stage,
    Auth,
    AccessControl,
    Queue,
}
