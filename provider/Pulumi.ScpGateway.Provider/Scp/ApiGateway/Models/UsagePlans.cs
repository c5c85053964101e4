using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Provider.Scp.Json;

namespace Pulumi.ScpGateway.Provider.Scp.ApiGateway.Models;

/// <summary>A usage plan as List Usage Plans returns it.</summary>
public sealed record UsagePlanSummary
{
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string> ConnectedApiKeys { get; init; } = [];
    public string CreatedAt { get; init; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; init; } = "";
    public string Id { get; init; } = "";
    public long Limit { get; init; }
    public string Name { get; init; } = "";
    /// <summary>hour, day or month.</summary>
    public string Rate { get; init; } = "";
}

/// <summary>A usage plan as Show/Create/Set return it (model UsagePlanDetail).</summary>
public sealed record UsagePlan
{
    public IReadOnlyList<ApiKey> ApiKeys { get; init; } = [];
    public string CreatedAt { get; init; } = "";
    public string CreatedById { get; init; } = "";
    public string CreatedByName { get; init; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; init; } = "";
    public string Id { get; init; } = "";
    public long Limit { get; init; }
    public string ModifiedAt { get; init; } = "";
    public string ModifiedById { get; init; } = "";
    public string ModifiedByName { get; init; } = "";
    public string Name { get; init; } = "";
    public string Rate { get; init; } = "";
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
    public UsagePlan UsagePlan { get; init; } = new();
}

public sealed record UsagePlanListResponse
{
    public IReadOnlyList<UsagePlanSummary> UsagePlans { get; init; } = [];
    public int Count { get; init; }
}
