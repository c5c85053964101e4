using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>A usage plan as List Usage Plans returns it.</summary>
public sealed record UsagePlanSummary
{
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string> ConnectedApiKeys { get; set; } = [];
    public string CreatedAt { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string Id { get; set; } = "";
    public long Limit { get; init; }
    public string Name { get; set; } = "";
    /// <summary>hour, day or month.</summary>
    public string Rate { get; set; } = "";
}

/// <summary>A usage plan as Show/Create/Set return it (model UsagePlanDetail).</summary>
public sealed record UsagePlan
{
    public IReadOnlyList<ApiKey> ApiKeys { get; set; } = [];
    public string CreatedAt { get; set; } = "";
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string Id { get; set; } = "";
    public long Limit { get; init; }
    public string ModifiedAt { get; set; } = "";
    public string ModifiedById { get; set; } = "";
    public string ModifiedByName { get; set; } = "";
    public string Name { get; set; } = "";
    public string Rate { get; set; } = "";
}

public sealed record UsagePlanCreateRequest
{
    public required string Name { get; init; }
    /// <summary>1 to 2,000,000,000 calls per <see cref="Rate"/>.</summary>
    public required long Limit { get; init; }
    /// <summary>hour, day or month.</summary>
    public required string Rate { get; init; }
    public string? Description { get; init; }
}

public sealed record UsagePlanQuota
{
    public required long Limit { get; init; }
    public required string Rate { get; init; }
}

public sealed record UsagePlanShowResponse
{
    public UsagePlan UsagePlan { get; set; } = new();
}

public sealed record UsagePlanListResponse
{
    public IReadOnlyList<UsagePlanSummary> UsagePlans { get; set; } = [];
    public int Count { get; init; }
}
