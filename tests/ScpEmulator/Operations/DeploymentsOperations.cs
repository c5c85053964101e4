using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>
/// Deployments of an Api. <c>stage_type</c> new makes a stage for the deployment, existing points an
/// existing stage at it, none only records it. SCP has no delete for deployments.
/// </summary>
public static class DeploymentsOperations
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis/{api_id}/deployments", "CreateApiDeployment", Create);
        app.Map("GET", "/v1/apis/{api_id}/deployments", "ListApiDeployments", List);
    }

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var body = call.Body.Required();
        var description = body.String("description");
        var stageType = body.Enum("stage_type", FieldRules.StageTypes, required: true, nullable: false);
        var stageName = body.String("stage_name", rule: stageType == "new" ? FieldRules.Name : null);
        if (stageType is "new" or "existing" && stageName is null && !body.Has("stage_name"))
        {
            body.Fail("stage_name", $"is required when stage_type is {stageType}");
        }

        body.ThrowIfInvalid();
        call.State.RequireActive(api);
        if (stageType == "new" && api.Stages.ContainsKey(stageName!))
        {
            throw ScpException.Conflict($"stage_name: a stage named '{stageName}' already exists in api '{api.Id}'");
        }

        var existing = stageType == "existing" ? StagesOperations.FindByName(api, stageName!, "stage_name") : null;
        var deployment = call.State.Stamp(new DeploymentRecord
        {
            Description = description ?? string.Empty,
            StageName = stageType == "none" ? null : stageName,
        });
        deployment.Name = deployment.Id;
        api.Deployments[deployment.Id] = deployment;

        if (stageType == "new")
        {
            StagesOperations.Add(call, api, stageName!, deployment, null);
        }
        else if (existing is not null)
        {
            existing.DeploymentId = deployment.Id;
            existing.ActiveDeploymentAt = deployment.CreatedAt;
        }

        return Reply.Ok(new { deployment_id = deployment.Id, description = deployment.Description });
    }

    private static Reply List(Call call)
    {
        var api = call.Api();
        var paging = Paging.Parse(call);
        var id = call.Query("deployment_id");
        var stage = call.Query("stage_name");
        var active = stage is { Length: > 0 } && api.Stages.TryGetValue(stage, out var s) ? s.DeploymentId : null;
        var (items, count) = paging.Apply(call.Visible(api.Deployments.Values)
            .Where(d => string.IsNullOrEmpty(id) || d.Id == id)
            .Where(d => string.IsNullOrEmpty(stage) || d.StageName == stage || d.Id == active));
        return Reply.Ok(new
        {
            count,
            deployments = items.Select(d => new
            {
                deployment_date = Call.Time(d.CreatedAt),
                deployment_id = d.Id,
                description = d.Description,
                status = "Active",
            }).ToArray(),
        });
    }
}
