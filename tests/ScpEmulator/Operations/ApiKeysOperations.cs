using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>API keys of a usage plan. There is no show operation: clients find a key by listing.</summary>
public static class ApiKeysOperations
{
    private const string Keys = "/v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", Keys, "CreateApiKey", Create);
        app.Map("GET", Keys, "ListApiKeys", List);
        app.Map("PUT", Keys + "/{api_key_id}/description", "SetApiKeyDescription", SetDescription);
        app.Map("DELETE", Keys + "/{api_key_id}", "DeleteApiKey", Delete);
    }

    public static object View(ApiKeyRecord key) => new
    {
        created_at = Call.Time(key.CreatedAt),
        description = key.Description ?? string.Empty,
        id = key.Id,
        key = key.Key,
        name = key.Name,
    };

    private static Reply Create(Call call)
    {
        var plan = UsagePlansOperations.Find(call);
        var body = call.Body.Required();
        var description = body.String("description");
        var name = body.String("name", required: true, nullable: false, rule: FieldRules.Name);
        body.ThrowIfInvalid();
        if (plan.ApiKeys.Values.Any(k => k.Name == name))
        {
            throw ScpException.Conflict($"name: an API key named '{name}' already exists in usage plan '{plan.Id}'");
        }

        var key = call.State.Stamp(new ApiKeyRecord { Name = name!, Description = description, Key = EmulatorState.NewSecret(30) });
        plan.ApiKeys[key.Id] = key;
        return Reply.Ok(new { api_key = View(key) });
    }

    private static Reply List(Call call)
    {
        var paging = Paging.Parse(call);
        var (items, count) = paging.Apply(call.VisibleNamed(UsagePlansOperations.Find(call).ApiKeys.Values));
        return Reply.Ok(new { api_keys = items.Select(View).ToArray(), count });
    }

    private static Reply SetDescription(Call call)
    {
        var key = call.Find(UsagePlansOperations.Find(call).ApiKeys, call.Route("api_key_id"), "API key");
        var description = call.Body.Required().String("description");
        call.Body.ThrowIfInvalid();
        key.Description = description;
        return Reply.Ok(new { api_key = View(key) });
    }

    private static Reply Delete(Call call)
    {
        var api = call.Api();
        var plan = UsagePlansOperations.Find(call);
        var key = call.Find(plan.ApiKeys, call.Route("api_key_id"), "API key");
        plan.ApiKeys.Remove(key.Id);
        foreach (var stage in api.Stages.Values)
        {
            stage.ConnectedApiKeys = [.. stage.ConnectedApiKeys.Where(k => k != key.Id)];
        }

        return Reply.NoContent();
    }
}
