using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>A PrivateLink endpoint (models PrivateLinkEndpoint and PrivateLinkEndpointDetail).</summary>
public sealed record PrivateLinkEndpoint
{
    public string CreatedAt { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    [JsonPropertyName("privatelink_service_id")]
    public string PrivateLinkServiceId { get; set; } = "";
    public string Status { get; set; } = "";
}

/// <summary>Id and status of an endpoint (models PrivateLinkEndpointSummary and ApiConnectedEndpoint).</summary>
public sealed record PrivateLinkEndpointSummary
{
    public string CreatedAt { get; set; } = "";
    public string Id { get; set; } = "";
    public string Status { get; set; } = "";
}

public sealed record PrivateLinkEndpointCreateRequest
{
    public required string Name { get; init; }
    [JsonPropertyName("privatelink_service_id")]
    public required string PrivateLinkServiceId { get; init; }
    public string? Description { get; init; }
}

/// <summary>
/// Body of Approve (type APPROVE/REJECT) and Connect (DISCONNECT/RECONNECT) PrivateLink
/// Endpoint: which API the action is about.
/// </summary>
public sealed record PrivateLinkEndpointApiAction
{
    public required string ApiId { get; init; }
    public required string Type { get; init; }
}

/// <summary>Body of Request PrivateLink Endpoint: CANCEL or RE_REQUEST.</summary>
public sealed record PrivateLinkEndpointRequestAction
{
    public required string Type { get; init; }
}

public sealed record PrivateLinkEndpointShowResponse
{
    [JsonPropertyName("privatelink_endpoint")]
    public PrivateLinkEndpoint PrivateLinkEndpoint { get; set; } = new();
}

public sealed record PrivateLinkEndpointSummaryResponse
{
    [JsonPropertyName("privatelink_endpoint")]
    public PrivateLinkEndpointSummary PrivateLinkEndpoint { get; set; } = new();
}

public sealed record PrivateLinkEndpointListResponse
{
    [JsonPropertyName("privatelink_endpoints")]
    public IReadOnlyList<PrivateLinkEndpoint> PrivateLinkEndpoints { get; set; } = [];
    public int Count { get; init; }
}

public sealed record ConnectedEndpointListResponse
{
    public IReadOnlyList<PrivateLinkEndpointSummary> ConnectedEndpoints { get; set; } = [];
    public int Count { get; init; }
}
