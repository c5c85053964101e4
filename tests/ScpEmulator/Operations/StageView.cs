using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>The seed's stage shapes: StageDetailV1Dot1 (show, create, set) and StageV1Dot1 (list, with api_summary).</summary>
public static class StageView
{
    public static Dictionary<string, object?> Detail(Call call, ApiRecord api, StageRecord stage)
    {
        var plan = stage.UsagePlanId is { } id && api.UsagePlans.TryGetValue(id, out var p) ? p : null;
        var methods = api.Resources.Values.SelectMany(r => r.Methods.Values).ToList();
        return new Dictionary<string, object?>
        {
            ["active_deployment"] = Call.Time(stage.ActiveDeploymentAt),
            ["allow_credentials"] = stage.AllowCredentials,
            ["allow_headers"] = stage.AllowHeaders,
            ["allow_methods"] = stage.AllowMethods,
            ["allow_origins"] = stage.AllowOrigins,
            ["api_id"] = api.Id,
            ["api_key_required"] = methods.Any(m => m.ApiKeyRequired),
            ["cors_enabled"] = stage.CorsEnabled,
            ["created_at"] = Call.Time(stage.CreatedAt),
            ["deployment_id"] = stage.DeploymentId,
            ["description"] = stage.Description,
            ["expose_headers"] = stage.ExposeHeaders,
            ["invoke_url"] = $"https://{api.Id}.apigateway.emulator.invalid/{stage.Name}",
            ["jwt_enabled"] = stage.JwtEnabled,
            ["max_age"] = stage.MaxAge,
            ["name"] = stage.Name,
            ["usage_plan_api_keys"] = plan is null
                ? Array.Empty<object>()
                : stage.ConnectedApiKeys.Where(plan.ApiKeys.ContainsKey).Select(k => new { id = k, name = plan.ApiKeys[k].Name }).ToArray(),
            ["usage_plan_id"] = plan?.Id,
            ["usage_plan_limit"] = plan?.Limit,
            ["usage_plan_name"] = plan?.Name,
            ["usage_plan_rate"] = plan?.Rate,
        };
    }

    public static Dictionary<string, object?> WithSummary(Call call, ApiRecord api, StageRecord stage)
    {
        var view = Detail(call, api, stage);
        view["api_summary"] = api.Resources.Values
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new
            {
                methods = r.Methods.Values.OrderBy(m => m.Sequence).Select(m => new { api_key_required = m.ApiKeyRequired, type = m.MethodType }).ToArray(),
                path = r.Path,
            })
            .ToArray();
        return view;
    }
}
