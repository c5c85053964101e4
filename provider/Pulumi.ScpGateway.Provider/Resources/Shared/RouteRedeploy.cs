namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// What the Deployment and Stage descriptions (and so their docs pages) lead with: a stage serves
/// the routes of its deployment, so a route change reaches callers only through a new deployment,
/// and SCP gives nothing the provider could notice a stale stage by.
/// </summary>
internal static class RouteRedeploy
{
    /// <summary>How to make route changes redeploy; the same advice on both pages.</summary>
    public const string Pattern =
        "Give the Deployment `triggers` built from what the routes are made of: for every Method its `id` (which holds the API, the path's resource and the method type) "
        + "and its integration (`integrationType`, `endpointUrl` or `functionId` or `privatelinkEndpointId`, `apiKeyRequired`, `queryStrings`, `requestHeaders`), "
        + "and point the Stage's `deploymentId` at the Deployment's `deploymentId`. A changed, added or removed route then changes the triggers, "
        + "which makes a new deployment, and the stage moves to it in the same update. List every Method: a route left out of the triggers is not redeployed when it changes.";

    /// <summary>Why the provider cannot warn instead, checked against SCP's API documents.</summary>
    public const string Undetectable =
        "SCP records no time of change for an API's resources or methods (only a deployment's `deploymentDate` and a stage's `activeDeployment`), "
        + "so neither a refresh nor an update can tell that a stage serves routes older than the API's: the triggers are what keeps them in step.";
}
