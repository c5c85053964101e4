using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>
/// What SCP holds, read raw from the emulator (<c>/_emulator/state</c>) in the seed's field names
/// (<c>endpoint_url</c>, <c>allowed_ip_addr</c>, ...). The resource tests assert SCP-side effects
/// here rather than through our own SCP client, so a field both the client and the provider
/// misread cannot pass unnoticed. Every lookup answers null when SCP holds no such object.
/// </summary>
public sealed class ScpRecords(JsonNode state)
{
    public IEnumerable<JsonObject> Apis => state["apis"]!.AsArray().Select(entry => entry!["api"]!.AsObject());

    public JsonObject? Api(string apiId) => Apis.SingleOrDefault(api => api.Text("id") == apiId);

    /// <summary>Creating or Active, as Show Api would answer now.</summary>
    public string? ApiStatus(string apiId) =>
        state["apis"]!.AsArray().SingleOrDefault(entry => entry!["api"]!.Text("id") == apiId)?.Text("status");

    public IEnumerable<JsonObject> Resources(string apiId) => Children(Api(apiId), "resources");

    public JsonObject? Resource(string apiId, string resourceId) => Child(Api(apiId), "resources", resourceId);

    public JsonObject? Method(string apiId, string resourceId, string methodType) => Child(Resource(apiId, resourceId), "methods", methodType);

    public IEnumerable<JsonObject> Methods(string apiId, string resourceId) => Children(Resource(apiId, resourceId), "methods");

    public IEnumerable<JsonObject> Deployments(string apiId) => Children(Api(apiId), "deployments");

    public JsonObject? Deployment(string apiId, string deploymentId) => Child(Api(apiId), "deployments", deploymentId);

    public JsonObject? Stage(string apiId, string stageName) => Child(Api(apiId), "stages", stageName);

    public JsonObject? UsagePlan(string apiId, string usagePlanId) => Child(Api(apiId), "usage_plans", usagePlanId);

    public IEnumerable<JsonObject> ApiKeys(string apiId, string usagePlanId) => Children(UsagePlan(apiId, usagePlanId), "api_keys");

    public JsonObject? ApiKey(string apiId, string usagePlanId, string apiKeyId) => Child(UsagePlan(apiId, usagePlanId), "api_keys", apiKeyId);

    public IEnumerable<JsonObject> Auths(string apiId) => Children(Api(apiId), "auths");

    public JsonObject? Auth(string apiId, string authId) => Child(Api(apiId), "auths", authId);

    public IEnumerable<JsonObject> AccessControls(string apiId) => Children(Api(apiId), "access_controls");

    public JsonObject? AccessControl(string apiId, string accessControlId) => Child(Api(apiId), "access_controls", accessControlId);

    public JsonObject? PrivateLinkEndpoint(string endpointId) =>
        state["privatelink_endpoints"]!.AsArray().Select(node => node!.AsObject()).SingleOrDefault(endpoint => endpoint.Text("id") == endpointId);

    public JsonObject? Queue(string queueId) =>
        state["queues"]!.AsArray().Select(entry => entry!["queue"]!.AsObject()).SingleOrDefault(queue => queue.Text("id") == queueId);

    private static JsonObject? Child(JsonObject? parent, string collection, string key) => parent?[collection]?[key]?.AsObject();

    private static IEnumerable<JsonObject> Children(JsonObject? parent, string collection) =>
        parent?[collection]?.AsObject().Select(entry => entry.Value!.AsObject()) ?? [];
}

/// <summary>Reading fields of raw emulator records.</summary>
public static class ScpRecordFields
{
    public static string? Text(this JsonNode? record, string field) => record?[field]?.GetValue<string>();

    public static bool? Flag(this JsonNode? record, string field) => record?[field]?.GetValue<bool>();

    public static long? Number(this JsonNode? record, string field) => record?[field]?.GetValue<long>();

    /// <summary>A list of strings, sorted (SCP keeps no order the tests rely on); null when the field is null.</summary>
    public static IReadOnlyList<string>? Texts(this JsonNode? record, string field) =>
        record?[field] is JsonArray items ? [.. items.Select(item => item!.GetValue<string>()).Order(StringComparer.Ordinal)] : null;

    /// <summary>An object of booleans (a method's <c>query_strings</c>, <c>request_headers</c>); null when the field is null.</summary>
    public static IReadOnlyDictionary<string, bool>? Flags(this JsonNode? record, string field) =>
        record?[field] is JsonObject flags ? flags.ToDictionary(entry => entry.Key, entry => entry.Value!.GetValue<bool>()) : null;
}
