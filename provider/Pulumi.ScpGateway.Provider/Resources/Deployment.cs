using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record DeploymentArgs
{
    [Input("apiId", "The id of the API whose current resources and methods this deployment captures.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("description", "What this deployment is; SCP cannot change it afterwards, so a new description makes a new deployment.", Replace = true)]
    public string? Description { get; init; }

    [Input("stageName", "An existing stage to point at this deployment when it is made. Absent: the deployment is only recorded, and a Stage resource chooses it through its deploymentId (the recommended pattern).", Replace = true)]
    [NotReadable("SCP does not record which stage a deployment was made for.")]
    public string? StageName { get; init; }

    [Input("triggers", "Values built from what the API's routes are made of (each Method's id and integration, as in the example); any change makes a new deployment, so the stages pointing at this deployment's deploymentId serve the changed routes.", Replace = true)]
    [NotReadable("Triggers exist only in Pulumi.")]
    public IReadOnlyDictionary<string, string>? Triggers { get; init; }
}

public record DeploymentState : DeploymentArgs
{
    [Output("deploymentId", "The deployment's SCP id.", Stable = true)]
    public string DeploymentId { get; init; } = "";

    [Output("deploymentDate", "When SCP made the deployment.", Stable = true)]
    public string? DeploymentDate { get; init; }

    [Output("status", "The deployment's status as SCP reports it.")]
    public string? Status { get; init; }
}

/// <summary>
/// A snapshot of an API's resources and methods. SCP cannot delete deployments: deleting this
/// resource only forgets it, and says so.
/// </summary>
[Resource("Deployment", ImportId = "{apiId}/{deploymentId}",
    Description = "A deployment of an API Gateway API: a snapshot of its resources and methods that stages serve. "
        + "A stage keeps serving its deployment: a changed Method or Resource reaches callers only once a new deployment is made and the stage serves it.\n\n"
        + RouteRedeploy.Pattern + " Leave stageName unset in this pattern.\n\n"
        + RouteRedeploy.Undetectable + "\n\n"
        + "SCP has no way to delete a deployment, so destroying this resource leaves it in SCP.")]
public sealed class DeploymentResource(IApiGatewayClient scp) : CustomResource<DeploymentArgs, DeploymentState>
{
    public override async Task<(string Id, DeploymentState State)> CreateAsync(DeploymentArgs inputs, ResourceContext context)
    {
        var request = new ApiDeploymentRequest
        {
            StageType = inputs.StageName is null ? "none" : "existing",
            StageName = inputs.StageName,
            Description = inputs.Description,
        };
        // Deployments have no name to recognise one by: the one a create with an unknown outcome made
        // is the only new deployment with its description and stage, against the list taken before.
        // Without that list (SCP refusing it) a create with an unknown outcome is not repeated.
        // After a killed plugin (context.ResumedCreate) what that run made is already in the list, so it is
        // not adopted: it stays an extra entry in the API's deployment history, which SCP never deletes.
        var before = await ExistingIdsAsync(inputs, context.CancellationToken);
        var created = await CreateReferences.CheckedAsync(scp, () => scp.CreateApiDeploymentAsync(inputs.ApiId, request,
            before is null ? null : new(ct => LookupAfterCreate.FindAsync("the new deployment to be listed", token => FindNewAsync(inputs, before, token), context), context.ResumedCreate),
            context.CancellationToken),
            context.CancellationToken,
            [InputReference.Api(scp, inputs.ApiId), .. StageReference(inputs)]);
        var state = StateFrom(inputs) with { DeploymentId = created.DeploymentId };
        var id = FormatId(state);
        try
        {
            // The create answer lacks the date and status; only the list has them.
            var found = await FindAsync(inputs.ApiId, created.DeploymentId, context.CancellationToken);
            return (id, found is null ? state : state with { DeploymentDate = found.DeploymentDate, Status = found.Status });
        }
        catch (Exception error) when (error is ScpApiException or OperationCanceledException)
        {
            throw InitFailed(id, state, error, $"deployment {created.DeploymentId} was made but reading its date and status failed: {error.Message}");
        }
    }

    public override async Task<(DeploymentArgs Inputs, DeploymentState State)?> ReadAsync(string id, DeploymentArgs? oldInputs, DeploymentState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var apiId = parts["apiId"];
        var found = await ScpGone.OrNullAsync(() => FindAsync(apiId, parts["deploymentId"], context.CancellationToken));
        if (found is null)
        {
            return null;
        }
        var state = new DeploymentState
        {
            ApiId = apiId,
            Description = ReadBack.Description(found.Description, oldInputs?.Description),
            DeploymentId = found.DeploymentId,
            DeploymentDate = found.DeploymentDate,
            Status = found.Status,
        };
        return (state, state);
    }

    /// <summary>
    /// Every input replaces, so the engine calls this only to finish a deployment whose create
    /// reported a partial failure: it reads the date and status it could not read then.
    /// </summary>
    public override async Task<DeploymentState> UpdateAsync(string id, DeploymentArgs olds, DeploymentArgs news, DeploymentState oldState, ResourceContext context)
    {
        var found = await FindAsync(oldState.ApiId, oldState.DeploymentId, context.CancellationToken);
        var state = StateFrom(news) with { DeploymentId = oldState.DeploymentId };
        return found is null ? state with { DeploymentDate = oldState.DeploymentDate, Status = oldState.Status } : state with { DeploymentDate = found.DeploymentDate, Status = found.Status };
    }

    public override Task DeleteAsync(string id, DeploymentState state, ResourceContext context) =>
        context.Log.WarnAsync(
            $"SCP cannot delete deployments: deployment {state.DeploymentId} of API {state.ApiId} stays in SCP; Pulumi no longer manages it.",
            context.CancellationToken);

    private IEnumerable<InputReference> StageReference(DeploymentArgs inputs)
    {
        if (inputs.StageName is { } stageName)
        {
            yield return new("stageName", stageName, "stage of that API",
                async ct => await ScpGone.OrNullAsync(() => scp.ShowStageAsync(inputs.ApiId, stageName, ct)) is not null);
        }
    }

    private async Task<HashSet<string>?> ExistingIdsAsync(DeploymentArgs inputs, CancellationToken cancellationToken)
    {
        try
        {
            return (await scp.ListAllApiDeploymentsAsync(inputs.ApiId, inputs.StageName, cancellationToken))
                .Select(deployment => deployment.DeploymentId).ToHashSet(StringComparer.Ordinal);
        }
        catch (ScpApiException)
        {
            return null;
        }
    }

    /// <summary>The one deployment not in <paramref name="before"/> that matches the inputs; null when none or several do.</summary>
    private async Task<ApiDeploymentResponse?> FindNewAsync(DeploymentArgs inputs, HashSet<string> before, CancellationToken cancellationToken)
    {
        var made = (await scp.ListAllApiDeploymentsAsync(inputs.ApiId, inputs.StageName, cancellationToken))
            .Where(deployment => !before.Contains(deployment.DeploymentId) && deployment.Description == (inputs.Description ?? ""))
            .ToList();
        return made.Count == 1 ? new ApiDeploymentResponse { DeploymentId = made[0].DeploymentId, Description = made[0].Description } : null;
    }

    /// <summary>The deployment with this id (SCP has no show call; the list filters by id), or null.</summary>
    private async Task<ApiDeployment?> FindAsync(string apiId, string deploymentId, CancellationToken cancellationToken)
    {
        var page = await scp.ListApiDeploymentsAsync(apiId, new DeploymentListQuery { DeploymentId = deploymentId, Size = 20, Page = 0 }, cancellationToken);
        return page.Deployments.FirstOrDefault(deployment => deployment.DeploymentId == deploymentId);
    }
}
