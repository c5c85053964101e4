using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("ApiKeyInfo", "An API key of a usage plan.")]
public record ApiKeyInfo
{
    [Output("apiKeyId", "The API key's SCP id.")]
    public string ApiKeyId { get; init; } = "";

    [Output("name", "The API key's name.")]
    public string Name { get; init; } = "";

    [Output("description", "The API key's description; empty when it has none.")]
    public string Description { get; init; } = "";

    [Output("key", "The key value callers send (secret).")]
    [Secret]
    public string Key { get; init; } = "";

    [Output("createdAt", "When the API key was created.")]
    public string CreatedAt { get; init; } = "";

    public static ApiKeyInfo From(ApiKey key) => new()
    {
        ApiKeyId = key.Id,
        Name = key.Name,
        Description = key.Description,
        Key = key.Key,
        CreatedAt = key.CreatedAt,
    };

    /// <summary>Keeps the key value out of logs and messages.</summary>
    public override string ToString() => $"ApiKeyInfo {{ ApiKeyId = {ApiKeyId}, Name = {Name}, Key = [secret] }}";
}
