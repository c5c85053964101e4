using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// A named stage serving one deployment. Its CORS, JWT and usage plan settings are one SCP
/// "config" that is always set whole, so every config change is a single PUT.
/// </summary>
[Resource("Stage", ImportId = "{apiId}/{name}",
    Description = "A stage of an API Gateway API: a named, callable URL serving one deployment, with its CORS, JWT and usage plan settings. "
        + "It serves the routes of that deployment, not the API's current ones: after a Method or Resource change, callers see the change only once the stage serves a new deployment.\n\n"
        + RouteRedeploy.Pattern + "\n\n"
        + RouteRedeploy.Undetectable)]
public sealed class StageResource(IApiGatewayClient scp) : CustomResource<StageArgs, StageState>
{
    public override async Task<(string Id, StageState State)> CreateAsync(StageArgs inputs, ResourceContext context)
    {
        var cancellationToken = context.CancellationToken;
        var request = new StageCreateRequest { StageName = inputs.Name, DeploymentId = inputs.DeploymentId, Description = inputs.Description };
        var created = await CreateReferences.CheckedAsync(scp, () => scp.CreateStageAsync(inputs.ApiId, request, new(FindExistingAsync, context.ResumedCreate), cancellationToken),
            cancellationToken,
            InputReference.Api(scp, inputs.ApiId),
            new("deploymentId", inputs.DeploymentId, "deployment of that API", async ct =>
                (await scp.ListApiDeploymentsAsync(inputs.ApiId, new DeploymentListQuery { DeploymentId = inputs.DeploymentId, Page = 0, Size = 20 }, ct))
                    .Deployments.Any(deployment => deployment.DeploymentId == inputs.DeploymentId)));
        var state = StateOf(created.Stage, inputs);
        var id = FormatId(state);
        if (StageSettings.SameConfig(state, inputs))
        {
            return (id, state);
        }
        try
        {
            var configured = await scp.SetStageConfigurationAsync(inputs.ApiId, inputs.Name, StageSettings.ConfigOf(inputs), cancellationToken);
            return (id, StateOf(configured.Stage, inputs));
        }
        catch (Exception error)
        {
            // Cancelled included: the stage exists, so the engine must hear of it.
            throw InitFailed(id, state, error, $"stage {inputs.Name} was created but setting its configuration failed: {error.Message}");
        }

        async Task<StageShowResponse?> FindExistingAsync(CancellationToken ct) =>
            await ScpGone.OrNullAsync(() => scp.ShowStageAsync(inputs.ApiId, inputs.Name, ct));
    }

    public override async Task<(StageArgs Inputs, StageState State)?> ReadAsync(string id, StageArgs? oldInputs, StageState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var shown = await ScpGone.OrNullAsync(() => scp.ShowStageAsync(parts["apiId"], parts["name"], context.CancellationToken));
        if (shown is null)
        {
            return null;
        }
        var state = StateOf(shown.Stage, oldInputs) with { ApiId = parts["apiId"] };
        return (state, state);
    }

    public override async Task<StageState> UpdateAsync(string id, StageArgs olds, StageArgs news, StageState oldState, ResourceContext context)
    {
        var cancellationToken = context.CancellationToken;
        // Compared with the old state, not the old inputs: after a create whose config step failed the
        // state is what SCP has, and the next update must still send the config.
        var state = oldState;
        if (news.DeploymentId != oldState.DeploymentId)
        {
            var switched = await scp.SetStageActiveDeploymentAsync(news.ApiId, news.Name, new StageSetActiveDeploymentRequest { DeploymentId = news.DeploymentId }, cancellationToken);
            state = StateOf(switched.Stage, news);
        }
        if (!StageSettings.SameConfig(oldState, news))
        {
            try
            {
                var configured = await scp.SetStageConfigurationAsync(news.ApiId, news.Name, StageSettings.ConfigOf(news), cancellationToken);
                state = StateOf(configured.Stage, news);
            }
            catch (Exception error) when (error is not OperationCanceledException && !ReferenceEquals(state, oldState))
            {
                throw InitFailed(id, state, error, $"stage {news.Name} now serves deployment {news.DeploymentId} but setting its configuration failed: {error.Message}");
            }
        }
        if (ReferenceEquals(state, oldState))
        {
            // Nothing to send (e.g. finishing a create whose config step failed but was later fixed in SCP): report SCP's view.
            state = StateOf((await scp.ShowStageAsync(news.ApiId, news.Name, cancellationToken)).Stage, news);
        }
        return state;
    }

    public override Task DeleteAsync(string id, StageState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteStageAsync(state.ApiId, state.Name, context.CancellationToken));

    /// <summary>The stage as SCP shows it, read back into the program's spelling.</summary>
    private static StageState StateOf(Stage stage, StageArgs? program) => new()
    {
        ApiId = program?.ApiId ?? stage.ApiId,
        Name = stage.Name,
        DeploymentId = stage.DeploymentId,
        Description = ReadBack.Description(stage.Description, program?.Description),
        CorsEnabled = stage.CorsEnabled,
        JwtEnabled = stage.JwtEnabled,
        AllowOrigins = ReadBack.Set(stage.AllowOrigins, program?.AllowOrigins),
        AllowHeaders = ReadBack.Set(stage.AllowHeaders, program?.AllowHeaders),
        ExposeHeaders = ReadBack.Set(stage.ExposeHeaders, program?.ExposeHeaders),
        AllowMethods = ReadBack.Set(stage.AllowMethods, program?.AllowMethods),
        AllowCredentials = stage.AllowCredentials,
        MaxAge = stage.MaxAge,
        UsagePlanId = string.IsNullOrEmpty(stage.UsagePlanId) ? null : stage.UsagePlanId,
        ConnectedApiKeys = ReadBack.Set(stage.UsagePlanApiKeys?.Select(key => key.Id), program?.ConnectedApiKeys),
        InvokeUrl = stage.InvokeUrl,
        ActiveDeployment = stage.ActiveDeployment,
        ApiKeyRequired = stage.ApiKeyRequired,
        CreatedAt = stage.CreatedAt,
        UsagePlanName = stage.UsagePlanName,
        UsagePlanLimit = stage.UsagePlanLimit,
        UsagePlanRate = stage.UsagePlanRate,
        UsagePlanApiKeys = stage.UsagePlanApiKeys?.Select(key => new StageApiKey { Id = key.Id, Name = key.Name }).ToList(),
    };
}
