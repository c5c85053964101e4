using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("UsagePlanInfo", "A usage plan of an API: how many calls its API keys may make.")]
public record UsagePlanInfo
{
    [Output("usagePlanId", "The usage plan's SCP id.")]
    public string UsagePlanId { get; init; } = "";

    [Output("name", "The usage plan's name.")]
    public string Name { get; init; } = "";

    [Output("description", "The usage plan's description; empty when it has none.")]
    public string Description { get; init; } = "";

    [Output("limit", "How many calls are allowed per rate period.")]
    public long Limit { get; init; }

    [Output("rate", "The period the limit counts over.")]
    [OneOf(typeof(UsagePlanRates))]
    public string Rate { get; init; } = "";

    [Output("connectedApiKeys", "The API keys of the plan.")]
    public IReadOnlyList<string> ConnectedApiKeys { get; init; } = [];

    [Output("createdAt", "When the usage plan was created.")]
    public string CreatedAt { get; init; } = "";

    public static UsagePlanInfo From(UsagePlanSummary plan) => new()
    {
        UsagePlanId = plan.Id,
        Name = plan.Name,
        Description = plan.Description,
        Limit = plan.Limit,
        Rate = plan.Rate,
        ConnectedApiKeys = [.. plan.ConnectedApiKeys.SelectMany(k => k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
        CreatedAt = plan.CreatedAt,
    };
}
