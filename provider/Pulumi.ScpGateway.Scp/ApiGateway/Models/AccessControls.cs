using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>An IP access control of an API (models AccessControl and AccessControlCreateResponse).</summary>
public sealed record AccessControl
{
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string> AllowedIpAddr { get; set; } = [];
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string> ConnectedStages { get; set; } = [];
    public string CreatedAt { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed record AccessControlCreateRequest
{
    public required string Name { get; init; }
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public required IReadOnlyList<string> AllowedIpAddr { get; init; }
    /// <summary>Required by SCP but nullable: null is sent as null, never left out (that is a 400).</summary>
    [JsonConverter(typeof(CommaJoinedListConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string>? ConnectedStages { get; init; }
    public string? Description { get; init; }
}

public sealed record AccessControlSetRequest
{
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public required IReadOnlyList<string> AllowedIpAddr { get; init; }
    /// <summary>Required by SCP but nullable: null is sent as null, never left out (that is a 400).</summary>
    [JsonConverter(typeof(CommaJoinedListConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string>? ConnectedStages { get; init; }
    public string? Description { get; init; }
}

public sealed record AccessControlShowResponse
{
    public AccessControl AccessControl { get; set; } = new();
}

public sealed record AccessControlListResponse
{
    public IReadOnlyList<AccessControl> AccessControls { get; set; } = [];
    public int Count { get; init; }
}
