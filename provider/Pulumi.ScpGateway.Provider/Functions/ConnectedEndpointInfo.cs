using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("ConnectedEndpointInfo", "A PrivateLink endpoint connected to (or asking to connect to) a PRIVATE API.")]
public record ConnectedEndpointInfo
{
    [Output("privatelinkEndpointId", "The endpoint's SCP id.")]
    public string PrivatelinkEndpointId { get; init; } = "";

    [Output("status", "The connection's status, e.g. REQUESTING or ACTIVE.")]
    public string Status { get; init; } = "";

    [Output("createdAt", "When the endpoint was created.")]
    public string CreatedAt { get; init; } = "";
}
