using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>Usage plans of an Api: a quota (limit per hour, day or month) shared by the plan's API keys.</summary>
public static class UsagePlansOperations
{
    private const string Plan = "/v1/apis/{api_id}/usage-plans/{usage_plan_id}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis/{api_id}/usage-plans", "CreateUsagePlan", Create);
        app.Map("GET", "/v1/apis/{api_id}/usage-plans", "ListUsagePlans", List);
        app.Map("GET", Plan, "ShowUsagePlan", call => Show(call, Find(call)));
        app.Map("PUT", Plan + "/description", "SetUsagePlanDescription", SetDescription);
        app.Map("PUT", Plan + "/quota", "SetUsagePlanQuota", SetQuota);
        app.Map("DELETE", Plan, "DeleteUsagePlan", Delete);
    }

    public static UsagePlanRecord Find(Call call) => call.Find(call.Api().UsagePlans, call.Route("usage_plan_id"), "usage plan");

    private static Reply Show(Call call, UsagePlanRecord plan) => Reply.Ok(new
    {
        usage_plan = new
        {
            api_keys = plan.ApiKeys.Values.OrderBy(k => k.Sequence).Select(ApiKeysOperations.View).ToArray(),
            created_at = Call.Time(plan.CreatedAt),
            created_by_id = call.State.UserId,
            created_by_name = call.State.UserName,
            description = plan.Description ?? string.Empty,
            id = plan.Id,
            limit = plan.Limit,
            modified_at = Call.Time(plan.ModifiedAt),
            modified_by_id = call.State.UserId,
            modified_by_name = call.State.UserName,
            name = plan.Name,
            rate = plan.Rate,
        },
    });

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var body = call.Body.Required();
        var description = body.String("description");
        var (limit, rate) = ReadQuota(body);
        var name = body.String("name", required: true, nullable: false, rule: FieldRules.Name);
        body.ThrowIfInvalid();
        call.State.RequireActive(api);
        if (api.UsagePlans.Values.Any(p => p.Name == name))
        {
            throw ScpException.Conflict($"name: a usage plan named '{name}' already exists in api '{api.Id}'");
        }

        var plan = call.State.Stamp(new UsagePlanRecord { Name = name!, Description = description, Limit = limit, Rate = rate });
        plan.ModifiedAt = plan.CreatedAt;
        api.UsagePlans[plan.Id] = plan;
        return Show(call, plan);
    }

    private static Reply List(Call call)
    {
        var paging = Paging.Parse(call);
        var (items, count) = paging.Apply(call.VisibleNamed(call.Api().UsagePlans.Values));
        return Reply.Ok(new
        {
            count,
            usage_plans = items.Select(p => new
            {
                connected_api_keys = p.ApiKeys.Values.OrderBy(k => k.Sequence).Select(k => k.Id).ToArray(),
                created_at = Call.Time(p.CreatedAt),
                description = p.Description ?? string.Empty,
                id = p.Id,
                limit = p.Limit,
                name = p.Name,
                rate = p.Rate,
            }).ToArray(),
        });
    }

    private static Reply SetDescription(Call call)
    {
        var plan = Find(call);
        var description = call.Body.Required().String("description");
        call.Body.ThrowIfInvalid();
        plan.Description = description;
        plan.ModifiedAt = call.Now;
        return Show(call, plan);
    }

    private static Reply SetQuota(Call call)
    {
        var plan = Find(call);
        var (limit, rate) = ReadQuota(call.Body.Required());
        call.Body.ThrowIfInvalid();
        plan.Limit = limit;
        plan.Rate = rate;
        plan.ModifiedAt = call.Now;
        return Show(call, plan);
    }

    private static Reply Delete(Call call)
    {
        var api = call.Api();
        var plan = Find(call);
        var users = api.Stages.Values.Where(s => s.UsagePlanId == plan.Id).Select(s => $"'{s.Name}'").ToList();
        if (users.Count > 0)
        {
            throw ScpException.Conflict($"usage plan '{plan.Id}' is used by stage(s) {string.Join(", ", users)}; disconnect it first");
        }

        api.UsagePlans.Remove(plan.Id);
        return Reply.NoContent();
    }

    private static (long Limit, string Rate) ReadQuota(RequestBody body) =>
        (body.Integer("limit", required: true, nullable: false, min: 1, max: FieldRules.MaxQuotaLimit) ?? 0,
         body.Enum("rate", FieldRules.QuotaRates, required: true, nullable: false) ?? string.Empty);
}
