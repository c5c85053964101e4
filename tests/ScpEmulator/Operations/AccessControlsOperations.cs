using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>IP allow lists of an Api, connected to stages.</summary>
public static class AccessControlsOperations
{
    private const string Control = "/v1/apis/{api_id}/access-controls/{access_control_id}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis/{api_id}/access-controls", "CreateAccessControl", Create);
        app.Map("GET", "/v1/apis/{api_id}/access-controls", "ListAccessControls", List);
        app.Map("GET", Control, "ShowAccessControl", call => Reply.Ok(new { access_control = View(call, Find(call)) }));
        app.Map("PUT", Control, "SetAccessControl", Set);
        app.Map("DELETE", Control, "DeleteAccessControl", Delete);
    }

    private static AccessControlRecord Find(Call call) =>
        call.Find(call.Api().AccessControls, call.Route("access_control_id"), "access control");

    private static object View(Call call, AccessControlRecord control) => new
    {
        allowed_ip_addr = call.WireList(control.AllowedIpAddresses),
        connected_stages = call.WireList(control.ConnectedStages),
        created_at = Call.Time(control.CreatedAt),
        description = control.Description,
        id = control.Id,
        name = control.Name,
    };

    private static (IReadOnlyList<string> Ips, IReadOnlyList<string> Stages, string Description) ReadSettings(RequestBody body) =>
        (body.StringList("allowed_ip_addr", required: true, nullable: false, check: IpRules.CheckAddressOrCidr) ?? [],
         body.StringList("connected_stages", required: true) ?? [],
         body.String("description") ?? string.Empty);

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var body = call.Body.Required();
        var (ips, stages, description) = ReadSettings(body);
        var name = body.String("name", required: true, nullable: false, rule: FieldRules.Name);
        body.ThrowIfInvalid();
        call.State.RequireActive(api);
        StagesOperations.RequireStages(api, stages);
        if (api.AccessControls.Values.Any(a => a.Name == name))
        {
            throw ScpException.Conflict($"name: an access control named '{name}' already exists in api '{api.Id}'");
        }

        var control = call.State.Stamp(new AccessControlRecord
        {
            Name = name!,
            AllowedIpAddresses = ips,
            ConnectedStages = stages,
            Description = description,
        });
        api.AccessControls[control.Id] = control;
        return new Reply(201, View(call, control));
    }

    private static Reply List(Call call)
    {
        var (items, count) = Paging.Parse(call).Apply(call.Visible(call.Api().AccessControls.Values));
        return Reply.Ok(new { access_controls = items.Select(a => View(call, a)).ToArray(), count });
    }

    private static Reply Set(Call call)
    {
        var api = call.Api();
        var control = Find(call);
        var (ips, stages, description) = ReadSettings(call.Body.Required());
        call.Body.ThrowIfInvalid();
        StagesOperations.RequireStages(api, stages);
        control.AllowedIpAddresses = ips;
        control.ConnectedStages = stages;
        control.Description = description;
        return Reply.Ok(new { access_control = View(call, control) });
    }

    private static Reply Delete(Call call)
    {
        call.Api().AccessControls.Remove(Find(call).Id);
        return Reply.NoContent();
    }
}
