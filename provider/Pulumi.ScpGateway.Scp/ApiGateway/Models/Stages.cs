using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>
/// A stage (models StageV1Dot1 of List Stages and StageDetailV1Dot1 of Show/Create/Set; the
/// list form adds <see cref="ApiSummary"/>).
/// </summary>
public sealed record Stage
{
    public string ActiveDeployment { get; set; } = "";
    public bool? AllowCredentials { get; init; }
    public IReadOnlyList<string>? AllowHeaders { get; init; }
    public IReadOnlyList<string>? AllowMethods { get; init; }
    public IReadOnlyList<string>? AllowOrigins { get; init; }
    public string ApiId { get; set; } = "";
    public bool ApiKeyRequired { get; init; }
    public IReadOnlyList<StageResourceSummary>? ApiSummary { get; init; }
    public bool CorsEnabled { get; init; }
    public string CreatedAt { get; set; } = "";
    public string DeploymentId { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public IReadOnlyList<string>? ExposeHeaders { get; init; }
    public string InvokeUrl { get; set; } = "";
    public bool? IpRestrictionEnabled { get; init; }
    public bool JwtEnabled { get; init; }
    public int? MaxAge { get; init; }
    public string Name { get; set; } = "";
    public IReadOnlyList<ApiKeyInStage>? UsagePlanApiKeys { get; init; }
    public string? UsagePlanId { get; init; }
    public long? UsagePlanLimit { get; init; }
    public string? UsagePlanName { get; init; }
    /// <summary>hour, day or month.</summary>
    public string? UsagePlanRate { get; init; }
}

/// <summary>One path of a stage's API summary (model ResourceSummaryV1Dot1).</summary>
public sealed record StageResourceSummary
{
    public IReadOnlyList<MethodInStage> Methods { get; set; } = [];
    public string Path { get; set; } = "";
}

public sealed record MethodInStage
{
    public bool? ApiKeyRequired { get; init; }
    public string Type { get; set; } = "";
}

public sealed record ApiKeyInStage
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed record StageCreateRequest
{
    public required string StageName { get; init; }
    public required string DeploymentId { get; init; }
    public string? Description { get; init; }
}

public sealed record StageSetActiveDeploymentRequest
{
    public required string DeploymentId { get; init; }
}

/// <summary>Body of Set Stage Configuration (model StageSetConfigRequestV1Dot1).</summary>
public sealed record StageConfig
{
    public required bool CorsEnabled { get; init; }
    public required bool JwtEnabled { get; init; }
    public bool? AllowCredentials { get; init; }
    public IReadOnlyList<string>? AllowHeaders { get; init; }
    public IReadOnlyList<string>? AllowMethods { get; init; }
    public IReadOnlyList<string>? AllowOrigins { get; init; }
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string>? ConnectedApiKeys { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? ExposeHeaders { get; init; }
    public int? MaxAge { get; init; }
    public string? UsagePlanId { get; init; }
}

public sealed record StageShowResponse
{
    public Stage Stage { get; set; } = new();
}

public sealed record StageListResponse
{
    public IReadOnlyList<Stage> Stages { get; set; } = [];
}
