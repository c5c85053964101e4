using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>A JWT authentication of an API.</summary>
public sealed record Auth
{
    public string? AuthMethod { get; init; }
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string> ConnectedStages { get; set; } = [];
    public string ExpiredAt { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed record AuthCreateRequest
{
    public required string Name { get; init; }
    /// <summary>Days until the token expires.</summary>
    public required int ExpirationPeriod { get; init; }
    /// <summary>Required by SCP but nullable: null is sent as null, never left out (that is a 400).</summary>
    [JsonConverter(typeof(CommaJoinedListConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string>? ConnectedStages { get; init; }
}

/// <summary>Answer of Create Auth: the token is shown once. ToString leaves it out.</summary>
public sealed record AuthCreateResponse
{
    public string AccessToken { get; set; } = "";

    public override string ToString() => "AuthCreateResponse { AccessToken = [secret] }";
}

public sealed record AuthSetRequest
{
    /// <summary>Required by SCP but nullable: null is sent as null, never left out (that is a 400).</summary>
    [JsonConverter(typeof(CommaJoinedListConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string>? ConnectedStages { get; init; }
}

public sealed record AuthShowResponse
{
    public Auth Auth { get; set; } = new();
}

public sealed record AuthListResponse
{
    public IReadOnlyList<Auth> Auths { get; set; } = [];
    public int Count { get; init; }
}
