using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>Create, list, show, describe and delete Apis. Create answers 202; the Api becomes Active after the create delay.</summary>
public static class ApisOperations
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis", "CreateApi", Create);
        app.Map("GET", "/v1/apis", "ListApis", List);
        app.Map("GET", "/v1/apis/{api_id}", "ShowApi", call => Reply.Ok(new { api = View(call, call.Api()) }));
        app.Map("PUT", "/v1/apis/{api_id}/description", "SetApiDescription", SetDescription);
        app.Map("DELETE", "/v1/apis/{api_id}", "DeleteApi", Delete);
    }

    public static object View(Call call, ApiRecord api)
    {
        var status = call.State.ApiStatus(api);
        return new
        {
            account_id = call.State.AccountId,
            created_at = Call.Time(api.CreatedAt),
            description = api.Description,
            dns_record_status = status,
            id = api.Id,
            name = api.Name,
            status,
        };
    }

    private static Reply Create(Call call)
    {
        var body = call.Body.Required();
        var name = body.String("name", required: true, nullable: false, rule: FieldRules.Name);
        var description = body.String("description");
        var endpointType = body.Enum("endpoint_type", FieldRules.EndpointTypes, nullable: false) ?? "REGION";
        body.String("id");
        var tags = Tags.Read(body);
        body.ThrowIfInvalid();

        if (call.State.Apis.Values.Any(a => a.Name == name))
        {
            throw ScpException.Conflict($"name: an api named '{name}' already exists");
        }

        var api = call.State.Stamp(new ApiRecord
        {
            Name = name!,
            Description = description ?? string.Empty,
            EndpointType = endpointType,
            Tags = [.. tags.Select(t => new KeyValuePair<string, string>(t.Key, t.Value ?? string.Empty))],
        });
        api.ActiveAt = api.CreatedAt.AddMilliseconds(call.State.Settings.ApiCreateDelayMs);
        api.HeldCreating = call.State.CreationHold.Apis;
        var root = call.State.Stamp(new ResourceRecord { ApiId = api.Id, Name = "/", Path = "/" });
        api.RootResourceId = root.Id;
        api.Resources[root.Id] = root;
        call.State.Apis[api.Id] = api;
        return new Reply(202, new { description = api.Description, id = api.Id, name = api.Name });
    }

    private static Reply List(Call call)
    {
        var paging = Paging.Parse(call);
        var (items, count) = paging.Apply(call.VisibleNamed(call.State.Apis.Values));
        return Reply.Ok(new { apis = items.Select(a => View(call, a)).ToArray(), count });
    }

    private static Reply SetDescription(Call call)
    {
        var api = call.Api();
        var description = call.Body.Required().String("description");
        call.Body.ThrowIfInvalid();
        api.Description = description ?? string.Empty;
        return Reply.Ok(new { api = View(call, api) });
    }

    private static Reply Delete(Call call)
    {
        var api = call.Api();
        call.State.Apis.Remove(api.Id);
        return Reply.NoContent();
    }
}
