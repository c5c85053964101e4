using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("PrivateLinkEndpointInfo", "A PrivateLink endpoint of the account.")]
public record PrivateLinkEndpointInfo
{
    [Output("privatelinkEndpointId", "The endpoint's SCP id.")]
    public string PrivatelinkEndpointId { get; init; } = "";

    [Output("name", "The endpoint's name.")]
    public string Name { get; init; } = "";

    [Output("description", "The endpoint's description; empty when it has none.")]
    public string Description { get; init; } = "";

    [Output("privatelinkServiceId", "The PrivateLink service (for an API Gateway, the PRIVATE API's id) it connects to.")]
    public string PrivatelinkServiceId { get; init; } = "";

    [Output("status", "The endpoint's status.")]
    public string Status { get; init; } = "";

    [Output("createdAt", "When the endpoint was created.")]
    public string CreatedAt { get; init; } = "";

    public static PrivateLinkEndpointInfo From(PrivateLinkEndpoint endpoint) => new()
    {
        PrivatelinkEndpointId = endpoint.Id,
        Name = endpoint.Name,
        Description = endpoint.Description,
        PrivatelinkServiceId = endpoint.PrivateLinkServiceId,
        Status = endpoint.Status,
        CreatedAt = endpoint.CreatedAt,
    };
}
