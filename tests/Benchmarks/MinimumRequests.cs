namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>
/// The fewest SCP requests each operation can make with the 1.2 API Gateway and 1.0 Queue Service
/// APIs, when nothing fails and an Api or queue is usable at the first look (BENCHMARKS.md gives the
/// reason for each). The lower bound of the stack benchmark and the census's comparison both use it.
/// </summary>
public static class MinimumRequests
{
    public static int For(StackRow row, OperationKind kind) => (row, kind) switch
    {
        // Create answers 202 with the id only: Show until Active, then list resources for the root `/` id.
        (StackRow.Api, OperationKind.Create) => 3,
        // The POST needs the parent's id; without parentId that is the root, known only from the list.
        (StackRow.ResourceBelowRoot, OperationKind.Create) => 2,
        // Create Api Deployment answers the id only; the deploymentDate and status outputs are in the list.
        (StackRow.Deployment, OperationKind.Create) => 2,
        // SCP cannot delete a deployment; it goes with its Api.
        (StackRow.Deployment, OperationKind.Delete) => 0,
        // Create Stage takes the deployment only: CORS, JWT, usage plan and keys need Set Stage Configuration.
        (StackRow.Stage, OperationKind.Create) => 2,
        // Create Auth answers the access token but not the auth's id; only the list has it.
        (StackRow.Auth, OperationKind.Create) => 2,
        // Create Queue answers CREATING: one Show to see it ACTIVE; its allowed IPs are a separate ACL call.
        (StackRow.Queue, OperationKind.Create) => 3,
        // Set Description answers the id only; the modifiedAt output needs a Show.
        (StackRow.Queue, OperationKind.Update) => 2,
        _ => 1,
    };
}
