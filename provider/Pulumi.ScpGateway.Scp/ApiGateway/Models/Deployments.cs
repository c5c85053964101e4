using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

public sealed record ApiDeployment
{
    public string DeploymentDate { get; set; } = "";
    public string DeploymentId { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string? Status { get; init; }
}

/// <summary>Body of Create Api Deployment. StageType: new, existing or none.</summary>
public sealed record ApiDeploymentRequest
{
    public required string StageType { get; init; }
    public string? StageName { get; init; }
    public string? Description { get; init; }
}

public sealed record ApiDeploymentResponse
{
    public string DeploymentId { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
}

public sealed record ApiDeploymentListResponse
{
    public IReadOnlyList<ApiDeployment> Deployments { get; set; } = [];
    public int Count { get; init; }
}

/// <summary>List Api Deployments filters.</summary>
public sealed record DeploymentListQuery : ListQuery
{
    public string? DeploymentId { get; init; }
    public string? StageName { get; init; }

    public override List<KeyValuePair<string, string>> ToPairs()
    {
        var pairs = base.ToPairs();
        Add(pairs, "deployment_id", DeploymentId);
        Add(pairs, "stage_name", StageName);
        return pairs;
    }
}
