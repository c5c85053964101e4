using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("ApiInfo", "An API Gateway API as SCP shows it.")]
public record ApiInfo
{
    [Output("apiId", "The API's SCP id.")]
    public string ApiId { get; init; } = "";

    [Output("name", "The API's name.")]
    public string Name { get; init; } = "";

    [Output("description", "The API's description; empty when it has none.")]
    public string Description { get; init; } = "";

    [Output("status", "The API's status: Creating until it is usable, then Active.")]
    public string Status { get; init; } = "";

    [Output("accountId", "The SCP account that owns the API.")]
    public string AccountId { get; init; } = "";

    [Output("createdAt", "When the API was created.")]
    public string CreatedAt { get; init; } = "";

    public static T Fill<T>(T target, Api api)
        where T : ApiInfo => target with
        {
            ApiId = api.Id,
            Name = api.Name,
            Description = api.Description,
            Status = api.Status,
            AccountId = api.AccountId,
            CreatedAt = api.CreatedAt,
        };
}
