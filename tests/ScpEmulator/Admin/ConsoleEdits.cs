using System.Text.Json;
using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Admin;

/// <summary>
/// Edits "made in the SCP console": a PATCH changes the given fields of a stored stage or API key in
/// place, so a refresh has a real change to find (drift demos and tests). Fields are checked by the same
/// rules as the SCP operations; path segments take an id or a name.
/// </summary>
public static class ConsoleEdits
{
    private static readonly string[] StageFields =
    [
        "description", "cors_enabled", "jwt_enabled", "allow_credentials", "allow_origins", "allow_headers",
        "allow_methods", "expose_headers", "max_age",
    ];

    private static readonly string[] ApiKeyFields = ["description"];

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapMethods("/apis/{api}/stages/{stage}", ["PATCH"], (RequestDelegate)(context => EditAsync(context, StageFields, EditStage)));
        admin.MapMethods("/apis/{api}/usage-plans/{plan}/api-keys/{key}", ["PATCH"], (RequestDelegate)(context => EditAsync(context, ApiKeyFields, EditApiKey)));
    }

    /// <summary>Validates every given field first, so a bad edit changes nothing.</summary>
    private static object EditStage(EmulatorState state, HttpContext context, RequestBody body)
    {
        var stage = ByIdOrName(Api(state, context).Stages, Route(context, "stage"), "stage");
        var edits = new List<Action>();
        Edit(body, "description", () => body.String("description"), value => stage.Description = value, edits);
        Edit(body, "cors_enabled", () => body.Boolean("cors_enabled", nullable: false), value => stage.CorsEnabled = value ?? stage.CorsEnabled, edits);
        Edit(body, "jwt_enabled", () => body.Boolean("jwt_enabled", nullable: false), value => stage.JwtEnabled = value ?? stage.JwtEnabled, edits);
        Edit(body, "allow_credentials", () => body.Boolean("allow_credentials"), value => stage.AllowCredentials = value, edits);
        Edit(body, "allow_origins", () => body.StringList("allow_origins"), value => stage.AllowOrigins = value, edits);
        Edit(body, "allow_headers", () => body.StringList("allow_headers"), value => stage.AllowHeaders = value, edits);
        Edit(body, "allow_methods", () => body.StringList("allow_methods", check: FieldRules.MethodTypeProblem), value => stage.AllowMethods = value, edits);
        Edit(body, "expose_headers", () => body.StringList("expose_headers"), value => stage.ExposeHeaders = value, edits);
        Edit(body, "max_age", () => body.Integer("max_age", min: 0), value => stage.MaxAge = value, edits);
        body.ThrowIfInvalid();
        edits.ForEach(edit => edit());
        return stage;
    }

    private static object EditApiKey(EmulatorState state, HttpContext context, RequestBody body)
    {
        var plan = ByIdOrName(Api(state, context).UsagePlans, Route(context, "plan"), "usage plan");
        var key = ByIdOrName(plan.ApiKeys, Route(context, "key"), "API key");
        var description = body.String("description");
        body.ThrowIfInvalid();
        key.Description = description;
        return new { key.Id, key.Name, key.Description, key.CreatedAt };
    }

    private static void Edit<T>(RequestBody body, string field, Func<T> read, Action<T> apply, List<Action> edits)
    {
        if (body.Has(field))
        {
            var value = read();
            edits.Add(() => apply(value));
        }
    }

    private static async Task EditAsync(HttpContext context, string[] editable, Func<EmulatorState, HttpContext, RequestBody, object> edit)
    {
        var state = context.RequestServices.GetRequiredService<EmulatorState>();
        try
        {
            var body = await ReadAsync(context, editable);
            object edited;
            lock (state.Gate)
            {
                edited = edit(state, context, body);
            }

            await JsonReply.WriteAsync(context, 200, edited, JsonReply.SnakeCase);
        }
        catch (ScpException e)
        {
            await JsonReply.WriteErrorAsync(context, e.Status, e.Details);
        }
    }

    private static async Task<RequestBody> ReadAsync(HttpContext context, string[] editable)
    {
        JsonElement root;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ScpException(400, $"body: not valid JSON ({e.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ScpException(400, "body: a JSON object with the fields to change is required");
        }

        // An unknown field would otherwise be a silent no-op edit.
        var unknown = root.EnumerateObject().Select(p => p.Name).Where(name => !editable.Contains(name, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ScpException(400, unknown.Select(name => $"{name}: cannot be edited here (editable: {string.Join(", ", editable)})").ToArray());
        }

        return RequestBody.From(root);
    }

    private static ApiRecord Api(EmulatorState state, HttpContext context) => ByIdOrName(state.Apis, Route(context, "api"), "api");

    private static string Route(HttpContext context, string name) => context.GetRouteValue(name) as string ?? string.Empty;

    private static T ByIdOrName<T>(IReadOnlyDictionary<string, T> items, string idOrName, string what)
        where T : StoredObject
    {
        if (items.TryGetValue(idOrName, out var byId))
        {
            return byId;
        }

        var named = items.Values.Where(item => item.Name == idOrName).Take(2).ToList();
        return named.Count switch
        {
            1 => named[0],
            0 => throw ScpException.NotFound(what, idOrName),
            _ => throw ScpException.Conflict($"several {what}s are named '{idOrName}'; give the id"),
        };
    }
}
