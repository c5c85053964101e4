using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>The path tree of an Api. The root <c>/</c> is made with the Api and cannot be deleted.</summary>
public static class ResourcesOperations
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", "/v1/apis/{api_id}/resources/{parent_id}", "CreateResource", Create);
        app.Map("GET", "/v1/apis/{api_id}/resources", "ListResources", List);
        app.Map("GET", "/v1/apis/{api_id}/resources/{resource_id}", "ShowResource", Show);
        app.Map("DELETE", "/v1/apis/{api_id}/resources/{resource_id}", "DeleteResource", Delete);
    }

    public static ResourceRecord Find(Call call, ApiRecord api, string routeName = "resource_id") =>
        call.Find(api.Resources, call.Route(routeName), "resource");

    private static object View(Call call, ApiRecord api, ResourceRecord resource) => new
    {
        id = resource.Id,
        methods = resource.Methods.Values.OrderBy(m => m.Sequence).Select(m => MethodsOperations.View(call, api, resource, m)).ToArray(),
        parent_id = resource.ParentId,
        path = resource.Path,
        path_part = resource.PathPart,
    };

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var parent = Find(call, api, "parent_id");
        var pathPart = call.Body.Required().String("path_part", required: true, nullable: false, rule: FieldRules.PathPart);
        call.Body.ThrowIfInvalid();
        call.State.RequireActive(api);
        if (api.Resources.Values.Any(r => r.ParentId == parent.Id && r.PathPart == pathPart))
        {
            throw ScpException.Conflict($"path_part: '{pathPart}' already exists under '{parent.Path}'");
        }

        var resource = call.State.Stamp(new ResourceRecord
        {
            ApiId = api.Id,
            ParentId = parent.Id,
            PathPart = pathPart!,
            Name = pathPart!,
            Path = (parent.Path == "/" ? string.Empty : parent.Path) + "/" + pathPart,
        });
        api.Resources[resource.Id] = resource;
        return Reply.Ok(new { api_id = api.Id, id = resource.Id, parent_id = parent.Id, path = resource.Path });
    }

    private static Reply List(Call call)
    {
        var api = call.Api();
        var resources = call.Visible(api.Resources.Values).OrderBy(r => r.Path, StringComparer.Ordinal);
        return Reply.Ok(new { resources = resources.Select(r => View(call, api, r)).ToArray() });
    }

    private static Reply Show(Call call)
    {
        var api = call.Api();
        return Reply.Ok(new { resource = View(call, api, Find(call, api)) });
    }

    private static Reply Delete(Call call)
    {
        var api = call.Api();
        var resource = Find(call, api);
        if (resource.Id == api.RootResourceId)
        {
            throw new ScpException(400, "resource_id: the root resource '/' cannot be deleted");
        }

        // Deleting a resource deletes everything below it.
        var doomed = new HashSet<string> { resource.Id };
        bool added;
        do
        {
            added = false;
            foreach (var child in api.Resources.Values.Where(r => doomed.Contains(r.ParentId) && !doomed.Contains(r.Id)))
            {
                added |= doomed.Add(child.Id);
            }
        }
        while (added);

        foreach (var id in doomed)
        {
            api.Resources.Remove(id);
        }

        return Reply.NoContent();
    }
}
