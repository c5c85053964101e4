using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record PrivateLinkEndpointApprovalArgs
{
    [Input("apiId", "The id of the PRIVATE API the endpoint asks to reach.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("privatelinkEndpointId", "The id of the PrivateLink endpoint to approve.", Replace = true)]
    public string PrivatelinkEndpointId { get; init; } = "";

    [Input("connected", "Whether the approved endpoint is connected. Setting it to false disconnects it; setting it back to true reconnects it.")]
    [Default(true)]
    public bool Connected { get; init; } = true;
}

public record PrivateLinkEndpointApprovalState : PrivateLinkEndpointApprovalArgs
{
    [Output("status", "The connection's status as the API's owner sees it: Active or DISCONNECTED.")]
    public string? Status { get; init; }
}

/// <summary>
/// The API owner's approval of a PrivateLink endpoint. It exists while the endpoint is approved
/// (connected or disconnected); once the endpoint is pending again, rejected or canceled, the
/// approval reads as gone, so the next update approves it again.
/// </summary>
[Resource("PrivateLinkEndpointApproval", ImportId = "{apiId}/{privatelinkEndpointId}",
    Description = "The API owner's side of a PrivateLink connection: approves an endpoint's request to reach a PRIVATE API, and can disconnect and reconnect it. Destroying it rejects a pending endpoint and disconnects a connected one.")]
public sealed class PrivateLinkEndpointApprovalResource(IApiGatewayClient scp)
    : CustomResource<PrivateLinkEndpointApprovalArgs, PrivateLinkEndpointApprovalState>
{
    public override async Task<(string Id, PrivateLinkEndpointApprovalState State)> CreateAsync(PrivateLinkEndpointApprovalArgs inputs, ResourceContext context)
    {
        var approved = await scp.ApprovePrivateLinkEndpointAsync(inputs.PrivatelinkEndpointId, Action(inputs.ApiId, "APPROVE"), context.CancellationToken);
        var state = StateFrom(inputs) with { Connected = true, Status = approved.PrivateLinkEndpoint.Status };
        if (inputs.Connected)
        {
            return (FormatId(state), state);
        }
        try
        {
            state = await ConnectAsync(state, connected: false, context.CancellationToken);
            return (FormatId(state), state);
        }
        catch (ScpApiException error)
        {
            throw InitFailed(FormatId(state), state, error, $"endpoint {inputs.PrivatelinkEndpointId} was approved but disconnecting it failed");
        }
    }

    public override async Task<(PrivateLinkEndpointApprovalArgs Inputs, PrivateLinkEndpointApprovalState State)?> ReadAsync(string id, PrivateLinkEndpointApprovalArgs? oldInputs, PrivateLinkEndpointApprovalState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var endpoint = await FindAsync(parts["apiId"], parts["privatelinkEndpointId"], context.CancellationToken);
        var connected = PrivateLinkStatuses.Is(endpoint?.Status, PrivateLinkStatuses.Active);
        if (endpoint is null || !(connected || PrivateLinkStatuses.Is(endpoint.Status, PrivateLinkStatuses.Disconnected)))
        {
            return null;
        }
        var state = new PrivateLinkEndpointApprovalState
        {
            ApiId = parts["apiId"],
            PrivatelinkEndpointId = endpoint.Id,
            Connected = connected,
            Status = endpoint.Status,
        };
        return (state, state);
    }

    // Compared with the state, not the old inputs: after a partial create the state says what SCP has.
    public override async Task<PrivateLinkEndpointApprovalState> UpdateAsync(string id, PrivateLinkEndpointApprovalArgs olds, PrivateLinkEndpointApprovalArgs news, PrivateLinkEndpointApprovalState oldState, ResourceContext context) =>
        news.Connected == oldState.Connected ? oldState : await ConnectAsync(oldState, news.Connected, context.CancellationToken);

    public override async Task DeleteAsync(string id, PrivateLinkEndpointApprovalState state, ResourceContext context)
    {
        var endpoint = await FindAsync(state.ApiId, state.PrivatelinkEndpointId, context.CancellationToken);
        if (PrivateLinkStatuses.Is(endpoint?.Status, PrivateLinkStatuses.Requested))
        {
            await ScpGone.DeleteAsync(() => scp.ApprovePrivateLinkEndpointAsync(state.PrivatelinkEndpointId, Action(state.ApiId, "REJECT"), context.CancellationToken));
        }
        else if (PrivateLinkStatuses.Is(endpoint?.Status, PrivateLinkStatuses.Active))
        {
            await ScpGone.DeleteAsync(() => scp.ConnectPrivateLinkEndpointAsync(state.PrivatelinkEndpointId, Action(state.ApiId, "DISCONNECT"), context.CancellationToken));
        }
    }

    private async Task<PrivateLinkEndpointApprovalState> ConnectAsync(PrivateLinkEndpointApprovalState state, bool connected, CancellationToken cancellationToken)
    {
        var answer = await scp.ConnectPrivateLinkEndpointAsync(state.PrivatelinkEndpointId, Action(state.ApiId, connected ? "RECONNECT" : "DISCONNECT"), cancellationToken);
        return state with { Connected = connected, Status = answer.PrivateLinkEndpoint.Status };
    }

    private static PrivateLinkEndpointApiAction Action(string apiId, string type) => new() { ApiId = apiId, Type = type };

    /// <summary>The endpoint among the API's connected endpoints; null when it or the API is gone.</summary>
    private async Task<PrivateLinkEndpointSummary?> FindAsync(string apiId, string endpointId, CancellationToken cancellationToken)
    {
        var endpoints = await ScpGone.OrNullAsync(() => scp.ListAllConnectedPrivateLinkEndpointsAsync(apiId, cancellationToken));
        return endpoints?.FirstOrDefault(endpoint => endpoint.Id == endpointId);
    }
}
