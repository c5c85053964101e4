using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>A method of a resource (model MethodV1Dot2).</summary>
public sealed record Method
{
    public bool? ApiKeyRequired { get; init; }
    public string? EndpointUrl { get; init; }
    public string? FunctionId { get; init; }
    public string? FunctionName { get; init; }
    /// <summary>HTTP, SCF or PRIVATELINK.</summary>
    public string IntegrationType { get; set; } = "";
    public string MethodType { get; set; } = "";
    [JsonPropertyName("privatelink_endpoint_id")]
    public string? PrivateLinkEndpointId { get; init; }
    [JsonConverter(typeof(FlagMapConverter))]
    public IReadOnlyDictionary<string, bool>? QueryStrings { get; init; }
    [JsonConverter(typeof(FlagMapConverter))]
    public IReadOnlyDictionary<string, bool>? RequestHeaders { get; init; }
    /// <summary>Path parameters; SCP sends one (<c>"{users}"</c>) or several comma-joined in one string.</summary>
    [JsonConverter(typeof(CommaJoinedListConverter))]
    public IReadOnlyList<string>? RequestPath { get; init; }
    public string Srn { get; set; } = "";
}

/// <summary>Body of Create Method (model MethodCreateRequestV1Dot1).</summary>
public sealed record MethodCreateRequest
{
    /// <summary>GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS or ANY.</summary>
    public required string MethodType { get; init; }
    /// <summary>HTTP, SCF or PRIVATELINK.</summary>
    public required string IntegrationType { get; init; }
    public bool? ApiKeyRequired { get; init; }
    public string? EndpointUrl { get; init; }
    public string? FunctionId { get; init; }
    [JsonPropertyName("privatelink_endpoint_id")]
    public string? PrivateLinkEndpointId { get; init; }
    [JsonConverter(typeof(FlagMapConverter))]
    public IReadOnlyDictionary<string, bool>? QueryStrings { get; init; }
    [JsonConverter(typeof(FlagMapConverter))]
    public IReadOnlyDictionary<string, bool>? RequestHeaders { get; init; }
}

/// <summary>Body of Set Method (model MethodSetRequestV1Dot1): the method type is in the path.</summary>
public sealed record MethodSetRequest
{
    public required bool ApiKeyRequired { get; init; }
    public required string IntegrationType { get; init; }
    public string? EndpointUrl { get; init; }
    public string? FunctionId { get; init; }
    [JsonPropertyName("privatelink_endpoint_id")]
    public string? PrivateLinkEndpointId { get; init; }
    [JsonConverter(typeof(FlagMapConverter))]
    public required IReadOnlyDictionary<string, bool> QueryStrings { get; init; }
    [JsonConverter(typeof(FlagMapConverter))]
    public required IReadOnlyDictionary<string, bool> RequestHeaders { get; init; }
}

public sealed record MethodShowResponse
{
    public Method Method { get; set; } = new();
}

/// <summary>Answer of List Methods and of Create Method.</summary>
public sealed record MethodListResponse
{
    public IReadOnlyList<Method> Methods { get; set; } = [];
}
