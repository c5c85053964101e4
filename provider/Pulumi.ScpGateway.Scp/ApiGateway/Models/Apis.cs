using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>An API as Show/List/Set Description return it (models Api and ApiDetail).</summary>
public sealed record Api
{
    public string AccountId { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string? DnsRecordStatus { get; init; }
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Becomes <c>Active</c> some time after Create Api answered 202.</summary>
    public string Status { get; set; } = "";
}

/// <summary>Body of Create Api (model ApiCreateRequestV1Dot2).</summary>
public sealed record ApiCreateRequest
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>REGION (default) or PRIVATE.</summary>
    public string? EndpointType { get; init; }
    public string? Id { get; init; }
    public IReadOnlyList<ScpTag>? Tags { get; init; }
}

/// <summary>Answer of Create Api (202: creation has started).</summary>
public sealed record ApiCreateResponse
{
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed record ApiShowResponse
{
    public Api Api { get; set; } = new();
}

public sealed record ApiListResponse
{
    public IReadOnlyList<Api> Apis { get; set; } = [];
    public int Count { get; init; }
}

/// <summary>Body of Set Api Description, Set API Key Description, Set Usage Plan Description and Set PrivateLink Endpoint.</summary>
public sealed record DescriptionRequest
{
    public string? Description { get; init; }
}
