using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// One object the emulator holds, named the way the provider names it in state: its resource type,
/// its id in the resource's import-id format, and the key SCP keeps unique (a name within its
/// parent), so two objects for one thing show up.
/// </summary>
/// <param name="Aliases">Other ids state may carry for it (an auth recorded by name before SCP listed it).</param>
public sealed record ScpObject(string Type, string Id, string UniqueKey, IReadOnlyList<string> Aliases)
{
    public bool Answers(string id) => Id == id || Aliases.Contains(id);

    public override string ToString() => $"{Type} {Id} ({UniqueKey})";
}

/// <summary>Everything the emulator holds, from its <c>/_emulator/state</c> admin endpoint (never faulted).</summary>
public static class EmulatorInventory
{
    public static async Task<IReadOnlyList<ScpObject>> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var state = await http.GetFromJsonAsync<JsonObject>($"{endpoint}/_emulator/state", cancellationToken)
            ?? throw new InvalidOperationException("the emulator answered no state");
        var objects = new List<ScpObject>();
        foreach (var entry in Items(state["apis"]))
        {
            AddApi(objects, entry!["api"]!.AsObject());
        }

        foreach (var entry in Items(state["queues"]))
        {
            var queue = entry!["queue"]!;
            objects.Add(new ScpObject("Queue", Text(queue, "id"), $"queue {Text(queue, "name")}", []));
        }

        return objects;
    }

    private static void AddApi(List<ScpObject> objects, JsonObject api)
    {
        var apiId = Text(api, "id");
        objects.Add(new ScpObject("Api", apiId, $"api {Text(api, "name")}", []));
        var root = Text(api, "root_resource_id");
        foreach (var resource in Items(api["resources"]))
        {
            var resourceId = Text(resource!, "id");
            if (resourceId != root)
            {
                // The root resource comes with the API; no program creates it.
                objects.Add(new ScpObject("Resource", $"{apiId}/{resourceId}", $"path {apiId}{Text(resource!, "path")}", []));
            }

            foreach (var method in Items(resource!["methods"]))
            {
                var type = Text(method!, "method_type");
                objects.Add(new ScpObject("Method", $"{apiId}/{resourceId}/{type}", $"method {type} {apiId}/{resourceId}", []));
            }
        }

        foreach (var deployment in Items(api["deployments"]))
        {
            var id = Text(deployment!, "id");
            // Deployments have no name: each is its own thing, and an extra one is an orphan.
            objects.Add(new ScpObject("Deployment", $"{apiId}/{id}", $"deployment {apiId}/{id}", []));
        }

        foreach (var stage in Items(api["stages"]))
        {
            var name = Text(stage!, "name");
            objects.Add(new ScpObject("Stage", $"{apiId}/{name}", $"stage {apiId}/{name}", []));
        }

        foreach (var plan in Items(api["usage_plans"]))
        {
            var planId = Text(plan!, "id");
            objects.Add(new ScpObject("UsagePlan", $"{apiId}/{planId}", $"usage plan {apiId}/{Text(plan!, "name")}", []));
            foreach (var key in Items(plan!["api_keys"]))
            {
                objects.Add(new ScpObject("ApiKey", $"{apiId}/{planId}/{Text(key!, "id")}", $"api key {planId}/{Text(key!, "name")}", []));
            }
        }

        foreach (var auth in Items(api["auths"]))
        {
            var name = Text(auth!, "name");
            objects.Add(new ScpObject("Auth", $"{apiId}/{Text(auth!, "id")}", $"auth {apiId}/{name}", [$"{apiId}/{name}"]));
        }

        foreach (var control in Items(api["access_controls"]))
        {
            objects.Add(new ScpObject("AccessControl", $"{apiId}/{Text(control!, "id")}", $"access control {apiId}/{Text(control!, "name")}", []));
        }
    }

    /// <summary>The values of a JSON object (the emulator keeps children in maps) or the items of an array.</summary>
    private static IEnumerable<JsonNode?> Items(JsonNode? node) => node switch
    {
        JsonObject map => map.Select(pair => pair.Value),
        JsonArray list => list,
        _ => [],
    };

    private static string Text(JsonNode node, string property) =>
        node[property]?.GetValue<string>() ?? throw new InvalidOperationException($"emulator state lacks '{property}' in {node.ToJsonString()}");
}
