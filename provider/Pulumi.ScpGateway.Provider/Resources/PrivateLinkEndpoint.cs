using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record PrivateLinkEndpointArgs
{
    [Input("name", "The endpoint's name.", Replace = true, Autoname = AutonameStyle.Alphanumeric)]
    [Pattern("^[a-zA-Z0-9]*$", "letters and digits only")]
    [Length(3, 20)]
    public string? Name { get; init; }

    [Input("privatelinkServiceId", "The PrivateLink service to connect to: the service of the PRIVATE API this endpoint reaches.", Replace = true)]
    public string PrivatelinkServiceId { get; init; } = "";

    [Input("description", "What the endpoint is for.")]
    public string? Description { get; init; }

    [Input("requested", "Whether the connection is requested from the API's owner. Setting it to false cancels the request; setting it back to true requests the connection again.")]
    [Default(true)]
    public bool Requested { get; init; } = true;
}

public record PrivateLinkEndpointState : PrivateLinkEndpointArgs
{
    [Output("privatelinkEndpointId", "The endpoint's SCP id.", Stable = true)]
    public string PrivatelinkEndpointId { get; init; } = "";

    [Output("status", "The connection's status: REQUESTED, Active (approved), REJECTED, CANCELED or DISCONNECTED.")]
    public string? Status { get; init; }

    [Output("createdAt", "When SCP created the endpoint.", Stable = true)]
    public string? CreatedAt { get; init; }
}

/// <summary>The consumer's side of a PrivateLink connection to a PRIVATE API.</summary>
[Resource("PrivateLinkEndpoint", ImportId = "{privatelinkEndpointId}",
    Description = "A PrivateLink endpoint: a private connection to a PRIVATE API Gateway API, requested from the API's owner, who approves it (see PrivateLinkEndpointApproval).")]
public sealed class PrivateLinkEndpointResource(IApiGatewayClient scp) : CustomResource<PrivateLinkEndpointArgs, PrivateLinkEndpointState>
{
    public override async Task<(string Id, PrivateLinkEndpointState State)> CreateAsync(PrivateLinkEndpointArgs inputs, ResourceContext context)
    {
        var name = inputs.Name!;
        var request = new PrivateLinkEndpointCreateRequest { Name = name, PrivateLinkServiceId = inputs.PrivatelinkServiceId, Description = inputs.Description };
        var created = await scp.CreatePrivateLinkEndpointAsync(request, new(ct => FindByNameAsync(name, ct), context.ResumedCreate), context.CancellationToken);
        var state = WithEndpoint(StateFrom(inputs), created.PrivateLinkEndpoint);
        if (inputs.Requested)
        {
            return (FormatId(state), state);
        }
        // SCP requests the connection on create; an endpoint meant to stay unrequested is canceled at once.
        try
        {
            state = await SendRequestAsync(state, requested: false, context.CancellationToken);
            return (FormatId(state), state);
        }
        catch (ScpApiException error)
        {
            throw InitFailed(FormatId(state), state with { Requested = true }, error, $"endpoint '{name}' was created but canceling its request failed");
        }
    }

    public override async Task<(PrivateLinkEndpointArgs Inputs, PrivateLinkEndpointState State)?> ReadAsync(string id, PrivateLinkEndpointArgs? oldInputs, PrivateLinkEndpointState? oldState, ResourceContext context)
    {
        var endpointId = ParseId(id)["privatelinkEndpointId"];
        var found = await ScpGone.OrNullAsync(() => scp.ShowPrivateLinkEndpointAsync(endpointId, context.CancellationToken));
        if (found is null)
        {
            return null;
        }
        var endpoint = found.PrivateLinkEndpoint;
        var state = WithEndpoint(new PrivateLinkEndpointState(), endpoint) with
        {
            Name = endpoint.Name,
            PrivatelinkServiceId = endpoint.PrivateLinkServiceId,
            Description = ReadBack.Description(endpoint.Description, oldInputs?.Description),
            Requested = !PrivateLinkStatuses.Is(endpoint.Status, PrivateLinkStatuses.Canceled),
        };
        return (state, state);
    }

    public override async Task<PrivateLinkEndpointState> UpdateAsync(string id, PrivateLinkEndpointArgs olds, PrivateLinkEndpointArgs news, PrivateLinkEndpointState oldState, ResourceContext context)
    {
        // Compared with the state, not the old inputs: after a partial create the state says what SCP has.
        var state = oldState;
        if (news.Description != oldState.Description)
        {
            var answer = await scp.SetPrivateLinkEndpointAsync(state.PrivatelinkEndpointId, new DescriptionRequest { Description = news.Description ?? "" }, context.CancellationToken);
            state = WithEndpoint(state, answer.PrivateLinkEndpoint) with { Description = news.Description };
        }
        if (news.Requested != oldState.Requested)
        {
            try
            {
                state = await SendRequestAsync(state, news.Requested, context.CancellationToken);
            }
            catch (ScpApiException error) when (!ReferenceEquals(state, oldState))
            {
                throw InitFailed(id, state, error, $"the description was set but {(news.Requested ? "requesting the connection again" : "canceling the request")} failed");
            }
        }
        return state;
    }

    public override Task DeleteAsync(string id, PrivateLinkEndpointState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeletePrivateLinkEndpointAsync(state.PrivatelinkEndpointId, context.CancellationToken));

    private async Task<PrivateLinkEndpointState> SendRequestAsync(PrivateLinkEndpointState state, bool requested, CancellationToken cancellationToken)
    {
        var action = new PrivateLinkEndpointRequestAction { Type = requested ? "RE_REQUEST" : "CANCEL" };
        var answer = await scp.RequestPrivateLinkEndpointAsync(state.PrivatelinkEndpointId, action, cancellationToken);
        return WithEndpoint(state, answer.PrivateLinkEndpoint) with { Requested = requested };
    }

    private static PrivateLinkEndpointState WithEndpoint(PrivateLinkEndpointState state, PrivateLinkEndpoint endpoint) => state with
    {
        PrivatelinkEndpointId = endpoint.Id,
        Status = endpoint.Status,
        CreatedAt = endpoint.CreatedAt,
    };

    private async Task<PrivateLinkEndpointShowResponse?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var found = ExactName.Find(await scp.ListAllPrivateLinkEndpointsAsync(name, cancellationToken), endpoint => endpoint.Name, name);
        return found is null ? null : new PrivateLinkEndpointShowResponse { PrivateLinkEndpoint = found };
    }
}
