using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>JWT auths of an Api. Create answers only the access token (201); reads never show it again.</summary>
public static class AuthsOperations
{
    private const string Auth = "/v1/apis/{api_id}/auths/{auth_id}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis/{api_id}/auths", "CreateAuth", Create);
        app.Map("GET", "/v1/apis/{api_id}/auths", "ListAuths", List);
        app.Map("GET", Auth, "ShowAuth", call => Reply.Ok(new { auth = View(call, Find(call)) }));
        app.Map("PUT", Auth, "SetAuth", Set);
        app.Map("DELETE", Auth, "DeleteAuth", Delete);
    }

    private static AuthRecord Find(Call call) => call.Find(call.Api().Auths, call.Route("auth_id"), "auth");

    private static object View(Call call, AuthRecord auth) => new
    {
        auth_method = "JWT(JSON WEB Token)",
        connected_stages = call.WireList(auth.ConnectedStages),
        expired_at = Call.Time(auth.ExpiredAt),
        id = auth.Id,
        name = auth.Name,
    };

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var body = call.Body.Required();
        var stages = body.StringList("connected_stages", required: true);
        var days = body.Integer("expiration_period", required: true, nullable: false, min: 1, max: 36500);
        var name = body.String("name", required: true, nullable: false, rule: FieldRules.Name);
        body.ThrowIfInvalid();
        call.State.RequireActive(api);
        StagesOperations.RequireStages(api, stages);
        if (api.Auths.Values.Any(a => a.Name == name))
        {
            throw ScpException.Conflict($"name: an auth named '{name}' already exists in api '{api.Id}'");
        }

        var auth = call.State.Stamp(new AuthRecord { Name = name!, ConnectedStages = stages ?? [], AccessToken = EmulatorState.NewSecret(48) });
        auth.ExpiredAt = auth.CreatedAt.AddDays(days!.Value);
        api.Auths[auth.Id] = auth;
        return new Reply(201, new { access_token = auth.AccessToken });
    }

    private static Reply List(Call call)
    {
        var (items, count) = Paging.Parse(call).Apply(call.Visible(call.Api().Auths.Values));
        return Reply.Ok(new { auths = items.Select(a => View(call, a)).ToArray(), count });
    }

    private static Reply Set(Call call)
    {
        var api = call.Api();
        var auth = Find(call);
        var stages = call.Body.Required().StringList("connected_stages", required: true);
        call.Body.ThrowIfInvalid();
        StagesOperations.RequireStages(api, stages);
        auth.ConnectedStages = stages ?? [];
        return Reply.Ok(new { auth = View(call, auth) });
    }

    private static Reply Delete(Call call)
    {
        call.Api().Auths.Remove(Find(call).Id);
        return Reply.NoContent();
    }
}
