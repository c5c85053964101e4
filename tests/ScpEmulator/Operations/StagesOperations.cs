using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>Stages of an Api, addressed by name: the deployment they serve and their CORS/JWT/usage plan config.</summary>
public static class StagesOperations
{
    private const string Stage = "/v1/apis/{api_id}/stages/{stage_name}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis/{api_id}/stages", "CreateStage", Create);
        app.Map("GET", "/v1/apis/{api_id}/stages", "ListStages", List);
        app.Map("GET", Stage, "ShowStage", call => Show(call, Find(call)));
        app.Map("PUT", Stage + "/deployment", "SetStageActiveDeployment", SetDeployment);
        app.Map("PUT", Stage + "/config", "SetStageConfiguration", SetConfig);
        app.Map("DELETE", Stage, "DeleteStage", Delete);
    }

    public static StageRecord FindByName(ApiRecord api, string name, string field) =>
        api.Stages.TryGetValue(name, out var stage)
            ? stage
            : throw new ScpException(404, $"{field}: stage '{name}' not found in api '{api.Id}'");

    public static StageRecord Add(Call call, ApiRecord api, string name, DeploymentRecord deployment, string? description)
    {
        var stage = call.State.Stamp(new StageRecord
        {
            Name = name,
            DeploymentId = deployment.Id,
            ActiveDeploymentAt = deployment.CreatedAt,
            Description = description,
        });
        stage.Id = name;
        api.Stages[name] = stage;
        return stage;
    }

    /// <summary>Stage names that exist in the Api; for connected_stages of auths and access controls.</summary>
    public static void RequireStages(ApiRecord api, IReadOnlyList<string>? names)
    {
        var missing = (names ?? []).Where(n => !api.Stages.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new ScpException(404, $"connected_stages: stage(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} not found in api '{api.Id}'");
        }
    }

    private static StageRecord Find(Call call) => call.Find(call.Api().Stages, call.Route("stage_name"), "stage");

    private static Reply Show(Call call, StageRecord stage) => Reply.Ok(new { stage = StageView.Detail(call, call.Api(), stage) });

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var body = call.Body.Required();
        var deploymentId = body.String("deployment_id", required: true, nullable: false);
        var description = body.String("description");
        var name = body.String("stage_name", required: true, nullable: false, rule: FieldRules.Name);
        body.ThrowIfInvalid();
        call.State.RequireActive(api);
        var deployment = FindDeployment(api, deploymentId!);
        if (api.Stages.ContainsKey(name!))
        {
            throw ScpException.Conflict($"stage_name: a stage named '{name}' already exists in api '{api.Id}'");
        }

        return Reply.Ok(new { stage = StageView.Detail(call, api, Add(call, api, name!, deployment, description)) });
    }

    private static Reply List(Call call)
    {
        var api = call.Api();
        var stages = call.Visible(api.Stages.Values).OrderBy(s => s.Sequence);
        return Reply.Ok(new { stages = stages.Select(s => StageView.WithSummary(call, api, s)).ToArray() });
    }

    private static Reply SetDeployment(Call call)
    {
        var api = call.Api();
        var stage = Find(call);
        var deploymentId = call.Body.Required().String("deployment_id", required: true, nullable: false);
        call.Body.ThrowIfInvalid();
        var deployment = FindDeployment(api, deploymentId!);
        stage.DeploymentId = deployment.Id;
        stage.ActiveDeploymentAt = deployment.CreatedAt;
        return Show(call, stage);
    }

    /// <summary>A full replacement of the stage's configuration: fields left out are cleared.</summary>
    private static Reply SetConfig(Call call)
    {
        var api = call.Api();
        var stage = Find(call);
        var body = call.Body.Required();
        var cors = body.Boolean("cors_enabled", required: true, nullable: false);
        var jwt = body.Boolean("jwt_enabled", required: true, nullable: false);
        var credentials = body.Boolean("allow_credentials");
        var headers = body.StringList("allow_headers");
        var methods = body.StringList("allow_methods", check: FieldRules.MethodTypeProblem);
        var origins = body.StringList("allow_origins");
        var expose = body.StringList("expose_headers");
        var maxAge = body.Integer("max_age", min: 0);
        var description = body.String("description");
        var usagePlanId = body.String("usage_plan_id");
        var keys = body.StringList("connected_api_keys") ?? [];
        body.ThrowIfInvalid();

        var plan = usagePlanId is null ? null : FindUsagePlan(api, usagePlanId);
        if (keys.Count > 0 && plan is null)
        {
            throw new ScpException(400, "connected_api_keys: API keys can only be connected together with a usage_plan_id");
        }

        var foreign = keys.Where(k => !plan!.ApiKeys.ContainsKey(k)).ToList();
        if (foreign.Count > 0)
        {
            throw new ScpException(404, $"connected_api_keys: API key(s) {string.Join(", ", foreign.Select(k => $"'{k}'"))} not found in usage plan '{plan!.Id}'");
        }

        stage.CorsEnabled = cors!.Value;
        stage.JwtEnabled = jwt!.Value;
        stage.AllowCredentials = credentials;
        stage.AllowHeaders = headers;
        stage.AllowMethods = methods;
        stage.AllowOrigins = origins;
        stage.ExposeHeaders = expose;
        stage.MaxAge = maxAge;
        stage.Description = description;
        stage.UsagePlanId = plan?.Id;
        stage.ConnectedApiKeys = keys;
        return Show(call, stage);
    }

    private static Reply Delete(Call call)
    {
        var api = call.Api();
        var stage = Find(call);
        api.Stages.Remove(stage.Name);
        foreach (var auth in api.Auths.Values)
        {
            auth.ConnectedStages = [.. auth.ConnectedStages.Where(s => s != stage.Name)];
        }

        foreach (var control in api.AccessControls.Values)
        {
            control.ConnectedStages = [.. control.ConnectedStages.Where(s => s != stage.Name)];
        }

        return Reply.NoContent();
    }

    private static DeploymentRecord FindDeployment(ApiRecord api, string id) =>
        api.Deployments.TryGetValue(id, out var deployment)
            ? deployment
            : throw new ScpException(404, $"deployment_id: deployment '{id}' not found in api '{api.Id}'");

    private static UsagePlanRecord FindUsagePlan(ApiRecord api, string id) =>
        api.UsagePlans.TryGetValue(id, out var plan)
            ? plan
            : throw new ScpException(404, $"usage_plan_id: usage plan '{id}' not found in api '{api.Id}'");
}
