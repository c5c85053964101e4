using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>
/// PrivateLink endpoints (the consumer side) and their approval by an Api's owner. An endpoint is
/// requested for the Api whose id is its privatelink_service_id.
/// </summary>
public static class PrivateLinkOperations
{
    private const string Endpoint = "/v1/privatelink-endpoints/{privatelink_endpoint_id}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/privatelink-endpoints", "CreatePrivateLinkEndpoint", Create);
        app.Map("GET", "/v1/privatelink-endpoints", "ListPrivateLinkEndpoints", List);
        app.Map("GET", Endpoint, "ShowPrivateLinkEndpoint", call => Detail(Find(call)));
        app.Map("PUT", Endpoint, "SetPrivateLinkEndpoint", Set);
        app.Map("PUT", Endpoint + "/request", "RequestPrivateLinkEndpoint", Request);
        app.Map("PUT", Endpoint + "/approval", "ApprovePrivateLinkEndpoint", Approve);
        app.Map("PUT", Endpoint + "/connection", "ConnectPrivateLinkEndpoint", Connect);
        app.Map("DELETE", Endpoint, "DeletePrivateLinkEndpoint", Delete);
        app.Map("GET", "/v1/apis/{api_id}/connected-endpoints", "ListConnectedPrivateLinkEndpoints", ListConnected);
    }

    private static PrivateLinkEndpointRecord Find(Call call) =>
        call.Find(call.State.PrivateLinkEndpoints, call.Route("privatelink_endpoint_id"), "privatelink endpoint");

    private static Reply Detail(PrivateLinkEndpointRecord e) => Reply.Ok(new
    {
        privatelink_endpoint = new
        {
            created_at = Call.Time(e.CreatedAt),
            description = e.Description ?? string.Empty,
            id = e.Id,
            name = e.Name,
            privatelink_service_id = e.PrivatelinkServiceId,
            status = e.Status,
        },
    });

    private static object Summary(PrivateLinkEndpointRecord e) => new { created_at = Call.Time(e.CreatedAt), id = e.Id, status = e.Status };

    private static Reply Create(Call call)
    {
        var body = call.Body.Required();
        var description = body.String("description");
        var name = body.String("name", required: true, nullable: false, rule: FieldRules.PrivateLinkName);
        var serviceId = body.String("privatelink_service_id", required: true, nullable: false);
        body.ThrowIfInvalid();
        var endpoint = call.State.Stamp(new PrivateLinkEndpointRecord { Name = name!, Description = description, PrivatelinkServiceId = serviceId! });
        call.State.PrivateLinkEndpoints[endpoint.Id] = endpoint;
        return Detail(endpoint);
    }

    private static Reply List(Call call)
    {
        var (items, count) = Paging.Parse(call).Apply(call.VisibleNamed(call.State.PrivateLinkEndpoints.Values));
        return Reply.Ok(new
        {
            count,
            privatelink_endpoints = items.Select(e => new
            {
                created_at = Call.Time(e.CreatedAt),
                id = e.Id,
                name = e.Name,
                privatelink_service_id = e.PrivatelinkServiceId,
                status = e.Status,
            }).ToArray(),
        });
    }

    private static Reply Set(Call call)
    {
        var endpoint = Find(call);
        var description = call.Body.Required().String("description");
        call.Body.ThrowIfInvalid();
        endpoint.Description = description;
        return Detail(endpoint);
    }

    private static Reply Request(Call call)
    {
        var endpoint = Find(call);
        var type = call.Body.Required().Enum("type", FieldRules.RequestTypes, required: true, nullable: false);
        call.Body.ThrowIfInvalid();
        endpoint.Status = type == "CANCEL" ? PrivateLinkStatus.Canceled : PrivateLinkStatus.Requested;
        return Detail(endpoint);
    }

    private static Reply Approve(Call call) => Decide(call, FieldRules.ApprovalTypes, type =>
        type == "APPROVE" ? PrivateLinkStatus.Active : PrivateLinkStatus.Rejected);

    private static Reply Connect(Call call) => Decide(call, FieldRules.ConnectionTypes, type =>
        type == "RECONNECT" ? PrivateLinkStatus.Active : PrivateLinkStatus.Disconnected);

    /// <summary>The Api owner's answer to an endpoint: the endpoint must be one requested for that Api.</summary>
    private static Reply Decide(Call call, IReadOnlyList<string> types, Func<string, string> status)
    {
        var endpoint = Find(call);
        var body = call.Body.Required();
        var apiId = body.String("api_id", required: true, nullable: false);
        var type = body.Enum("type", types, required: true, nullable: false);
        body.ThrowIfInvalid();
        if (!call.State.Apis.ContainsKey(apiId!))
        {
            throw new ScpException(404, $"api_id: api '{apiId}' not found");
        }

        if (endpoint.PrivatelinkServiceId != apiId)
        {
            throw new ScpException(400, $"api_id: privatelink endpoint '{endpoint.Id}' is not connected to api '{apiId}'");
        }

        endpoint.Status = status(type!);
        return Reply.Ok(new { privatelink_endpoint = Summary(endpoint) });
    }

    private static Reply Delete(Call call)
    {
        call.State.PrivateLinkEndpoints.Remove(Find(call).Id);
        return Reply.NoContent();
    }

    private static Reply ListConnected(Call call)
    {
        var api = call.Api();
        var (items, count) = Paging.Parse(call).Apply(call.Visible(call.State.PrivateLinkEndpoints.Values)
            .Where(e => e.PrivatelinkServiceId == api.Id));
        return Reply.Ok(new { connected_endpoints = items.Select(Summary).ToArray(), count });
    }
}
