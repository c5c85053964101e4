using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>An API key of a usage plan. <see cref="Key"/> is a secret: ToString leaves it out.</summary>
public sealed record ApiKey
{
    public string CreatedAt { get; set; } = "";
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public string Id { get; set; } = "";
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    public override string ToString() => $"ApiKey {{ Id = {Id}, Name = {Name}, Key = [secret] }}";
}

public sealed record ApiKeyCreateRequest
{
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed record ApiKeyShowResponse
{
    public ApiKey ApiKey { get; set; } = new();
}

public sealed record ApiKeyListResponse
{
    public IReadOnlyList<ApiKey> ApiKeys { get; set; } = [];
    public int Count { get; init; }
}
