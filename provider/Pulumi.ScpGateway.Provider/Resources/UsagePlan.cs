using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record UsagePlanArgs
{
    [Input("apiId", "The id of the API the usage plan belongs to.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("name", "The usage plan's name, unique within the API: " + ScpNameRule.Described, Replace = true, Autoname = AutonameStyle.Dashed)]
    [Pattern(ScpNameRule.Pattern, ScpNameRule.Meaning)]
    [Length(ScpNameRule.MinLength, ScpNameRule.MaxLength)]
    public string? Name { get; init; }

    [Input("description", "What the usage plan is for.")]
    public string? Description { get; init; }

    [Input("limit", "How many calls the plan allows per rate period, 1 to 2,000,000,000.")]
    [Range(1, 2000000000)]
    public long Limit { get; init; }

    [Input("rate", "The period the limit counts over: hour, day or month.")]
    [OneOf(typeof(UsagePlanRates), LowerCase = true)]
    public string Rate { get; init; } = "";
}

public record UsagePlanState : UsagePlanArgs
{
    [Output("usagePlanId", "The usage plan's SCP id.", Stable = true)]
    public string UsagePlanId { get; init; } = "";

    [Output("createdAt", "When the usage plan was created.", Stable = true)]
    public string? CreatedAt { get; init; }
}

/// <summary>A call quota of an API; its limit and rate change together through one quota call.</summary>
[Resource("UsagePlan", ImportId = "{apiId}/{usagePlanId}",
    Description = "A usage plan of an API Gateway API: a call quota (limit per hour, day or month) that stages and API keys use.")]
public sealed class UsagePlanResource(IApiGatewayClient scp) : CustomResource<UsagePlanArgs, UsagePlanState>
{
    public override async Task<(string Id, UsagePlanState State)> CreateAsync(UsagePlanArgs inputs, ResourceContext context)
    {
        var name = inputs.Name!;
        var request = new UsagePlanCreateRequest { Name = name, Limit = inputs.Limit, Rate = inputs.Rate, Description = inputs.Description };
        var created = await CreateReferences.CheckedAsync(scp, () => scp.CreateUsagePlanAsync(inputs.ApiId, request, new(FindExistingAsync, context.ResumedCreate), context.CancellationToken),
            context.CancellationToken, InputReference.Api(scp, inputs.ApiId));
        var state = StateOf(inputs.ApiId, created.UsagePlan, inputs);
        return (FormatId(state), state);

        async Task<UsagePlanShowResponse?> FindExistingAsync(CancellationToken ct)
        {
            var plans = await scp.ListAllUsagePlansAsync(inputs.ApiId, name, ct);
            var found = ExactName.Find(plans, plan => plan.Name, name);
            return found is null ? null : await scp.ShowUsagePlanAsync(inputs.ApiId, found.Id, ct);
        }
    }

    public override async Task<(UsagePlanArgs Inputs, UsagePlanState State)?> ReadAsync(string id, UsagePlanArgs? oldInputs, UsagePlanState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var shown = await ScpGone.OrNullAsync(() => scp.ShowUsagePlanAsync(parts["apiId"], parts["usagePlanId"], context.CancellationToken));
        if (shown is null)
        {
            return null;
        }
        var state = StateOf(parts["apiId"], shown.UsagePlan, oldInputs);
        return (state, state);
    }

    public override async Task<UsagePlanState> UpdateAsync(string id, UsagePlanArgs olds, UsagePlanArgs news, UsagePlanState oldState, ResourceContext context)
    {
        var cancellationToken = context.CancellationToken;
        var planId = oldState.UsagePlanId;
        var state = oldState;
        if ((news.Description ?? "") != (oldState.Description ?? ""))
        {
            var described = await scp.SetUsagePlanDescriptionAsync(news.ApiId, planId, new DescriptionRequest { Description = news.Description }, cancellationToken);
            state = StateOf(news.ApiId, described.UsagePlan, news);
        }
        if (news.Limit != oldState.Limit || news.Rate != oldState.Rate)
        {
            var quota = await scp.SetUsagePlanQuotaAsync(news.ApiId, planId, new UsagePlanQuota { Limit = news.Limit, Rate = news.Rate }, cancellationToken);
            state = StateOf(news.ApiId, quota.UsagePlan, news);
        }
        return state with { Description = news.Description };
    }

    public override Task DeleteAsync(string id, UsagePlanState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteUsagePlanAsync(state.ApiId, state.UsagePlanId, context.CancellationToken));

    private static UsagePlanState StateOf(string apiId, UsagePlan plan, UsagePlanArgs? program) => new()
    {
        ApiId = apiId,
        Name = plan.Name,
        Description = ReadBack.Description(plan.Description, program?.Description),
        Limit = plan.Limit,
        Rate = plan.Rate,
        UsagePlanId = plan.Id,
        CreatedAt = plan.CreatedAt,
    };
}
