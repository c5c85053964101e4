using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Each rule of the seed's request models is enforced with a 400 whose detail names the field.</summary>
public sealed class ValidationTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private const string Queue = """ "message_retention_period": 40, "message_retention_period_unit": "minute", "message_size": 256 """;
    private const string Config = """ "cors_enabled": false, "jwt_enabled": false """;

    public static TheoryData<string, string, string, string> Rules => new()
    {
        // rule, method + path, body, field named in the answer
        { "api name pattern", "POST /v1/apis", """{"name": "Bad_Name"}""", "name" },
        { "api name minimum length", "POST /v1/apis", """{"name": "ab"}""", "name" },
        { "api name maximum length", "POST /v1/apis", $$"""{"name": "a{{new string('b', 50)}}"}""", "name" },
        { "api name must not end with a dash", "POST /v1/apis", """{"name": "abc-"}""", "name" },
        { "api name required", "POST /v1/apis", """{"description": "x"}""", "name" },
        { "api name not null", "POST /v1/apis", """{"name": null}""", "name" },
        { "endpoint type enum", "POST /v1/apis", """{"name": "enum-api", "endpoint_type": "PUBLIC"}""", "endpoint_type" },
        { "description type", "POST /v1/apis", """{"name": "type-api", "description": 5}""", "description" },
        { "tag key required", "POST /v1/apis", """{"name": "tag-api", "tags": [{"value": "v"}]}""", "tags[0].key" },
        { "body must be JSON", "POST /v1/apis", "{not json", "body" },
        { "body must be an object", "POST /v1/apis", "[1, 2]", "body" },
        { "path part pattern", "POST /v1/apis/{api_id}/resources/{resource_id}", """{"path_part": "Users"}""", "path_part" },
        { "path part braces need three characters", "POST /v1/apis/{api_id}/resources/{resource_id}", """{"path_part": "{id}"}""", "path_part" },
        { "path part required", "POST /v1/apis/{api_id}/resources/{resource_id}", "{}", "path_part" },
        { "method type enum", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "FETCH", "integration_type": "HTTP", "endpoint_url": "https://x.test"}""", "method_type" },
        { "integration type enum", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "LAMBDA"}""", "integration_type" },
        { "integration type required", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT"}""", "integration_type" },
        { "HTTP needs endpoint_url", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "HTTP"}""", "endpoint_url" },
        { "endpoint_url absolute http(s)", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "HTTP", "endpoint_url": "ftp://x.test"}""", "endpoint_url" },
        { "SCF needs function_id", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "SCF"}""", "function_id" },
        { "PRIVATELINK needs an endpoint", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "PRIVATELINK", "endpoint_url": "https://x.test"}""", "privatelink_endpoint_id" },
        { "query strings are booleans", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "HTTP", "endpoint_url": "https://x.test", "query_strings": {"q": "yes"}}""", "query_strings.q" },
        { "api_key_required is a boolean", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "HTTP", "endpoint_url": "https://x.test", "api_key_required": "maybe"}""", "api_key_required" },
        { "set method needs api_key_required", "PUT /v1/apis/{api_id}/resources/{resource_id}/methods/GET", """{"integration_type": "HTTP", "endpoint_url": "https://x.test", "query_strings": {}, "request_headers": {}}""", "api_key_required" },
        { "set method needs query_strings", "PUT /v1/apis/{api_id}/resources/{resource_id}/methods/GET", """{"api_key_required": false, "integration_type": "HTTP", "endpoint_url": "https://x.test", "request_headers": {}}""", "query_strings" },
        { "method type in the path", "GET /v1/apis/{api_id}/resources/{resource_id}/methods/FETCH", "", "method_type" },
        { "stage type enum", "POST /v1/apis/{api_id}/deployments", """{"stage_type": "old"}""", "stage_type" },
        { "stage type required", "POST /v1/apis/{api_id}/deployments", """{"description": "d"}""", "stage_type" },
        { "new stage needs a name", "POST /v1/apis/{api_id}/deployments", """{"stage_type": "new"}""", "stage_name" },
        { "new stage name pattern", "POST /v1/apis/{api_id}/deployments", """{"stage_type": "new", "stage_name": "Prod"}""", "stage_name" },
        { "stage name pattern", "POST /v1/apis/{api_id}/stages", """{"stage_name": "Prod", "deployment_id": "{deployment_id}"}""", "stage_name" },
        { "stage deployment required", "POST /v1/apis/{api_id}/stages", """{"stage_name": "prod"}""", "deployment_id" },
        { "stage config cors_enabled required", "PUT /v1/apis/{api_id}/stages/{stage_name}/config", """{"jwt_enabled": false}""", "cors_enabled" },
        { "stage config jwt_enabled required", "PUT /v1/apis/{api_id}/stages/{stage_name}/config", """{"cors_enabled": false}""", "jwt_enabled" },
        { "stage config allow_methods enum", "PUT /v1/apis/{api_id}/stages/{stage_name}/config", $$"""{{{Config}}, "allow_methods": ["GET", "FETCH"]}""", "allow_methods" },
        { "stage config max_age not negative", "PUT /v1/apis/{api_id}/stages/{stage_name}/config", $$"""{{{Config}}, "max_age": -1}""", "max_age" },
        { "usage plan limit minimum", "POST /v1/apis/{api_id}/usage-plans", """{"name": "low-plan", "limit": 0, "rate": "day"}""", "limit" },
        { "usage plan limit maximum", "POST /v1/apis/{api_id}/usage-plans", """{"name": "high-plan", "limit": 2000000001, "rate": "day"}""", "limit" },
        { "usage plan rate enum", "POST /v1/apis/{api_id}/usage-plans", """{"name": "week-plan", "limit": 5, "rate": "week"}""", "rate" },
        { "usage plan name required", "POST /v1/apis/{api_id}/usage-plans", """{"limit": 5, "rate": "day"}""", "name" },
        { "quota limit required", "PUT /v1/apis/{api_id}/usage-plans/{usage_plan_id}/quota", """{"rate": "day"}""", "limit" },
        { "api key name pattern", "POST /v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys", """{"name": "-key"}""", "name" },
        { "auth expiration required", "POST /v1/apis/{api_id}/auths", """{"name": "auth-two", "connected_stages": []}""", "expiration_period" },
        { "auth expiration is an integer", "POST /v1/apis/{api_id}/auths", """{"name": "auth-two", "connected_stages": [], "expiration_period": "ninety"}""", "expiration_period" },
        { "auth expiration at least one day", "POST /v1/apis/{api_id}/auths", """{"name": "auth-two", "connected_stages": [], "expiration_period": 0}""", "expiration_period" },
        { "auth connected_stages required", "POST /v1/apis/{api_id}/auths", """{"name": "auth-two", "expiration_period": 5}""", "connected_stages" },
        { "auth name pattern", "POST /v1/apis/{api_id}/auths", """{"name": "Token01", "connected_stages": [], "expiration_period": 5}""", "name" },
        { "access control IP address", "POST /v1/apis/{api_id}/access-controls", """{"name": "acl-two", "connected_stages": [], "allowed_ip_addr": ["300.1.1.1"]}""", "allowed_ip_addr" },
        { "access control CIDR prefix", "POST /v1/apis/{api_id}/access-controls", """{"name": "acl-two", "connected_stages": [], "allowed_ip_addr": ["10.0.0.0/33"]}""", "allowed_ip_addr" },
        { "access control IPs in a joined item", "POST /v1/apis/{api_id}/access-controls", """{"name": "acl-two", "connected_stages": [], "allowed_ip_addr": ["10.0.0.1,nope"]}""", "allowed_ip_addr" },
        { "access control IPs required", "POST /v1/apis/{api_id}/access-controls", """{"name": "acl-two", "connected_stages": []}""", "allowed_ip_addr" },
        { "private link name letters and digits", "POST /v1/privatelink-endpoints", """{"name": "bad-name", "privatelink_service_id": "{api_id}"}""", "name" },
        { "private link name maximum length", "POST /v1/privatelink-endpoints", $$"""{"name": "{{new string('a', 21)}}", "privatelink_service_id": "{api_id}"}""", "name" },
        { "private link service required", "POST /v1/privatelink-endpoints", """{"name": "endpoint"}""", "privatelink_service_id" },
        { "private link request type enum", "PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/request", """{"type": "APPROVE"}""", "type" },
        { "approval type enum", "PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/approval", """{"api_id": "{api_id}", "type": "CANCEL"}""", "type" },
        { "approval api_id required", "PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/approval", """{"type": "APPROVE"}""", "api_id" },
        { "connection type enum", "PUT /v1/privatelink-endpoints/{privatelink_endpoint_id}/connection", """{"api_id": "{api_id}", "type": "CANCEL"}""", "type" },
        { "queue name pattern", "POST /v1/queues", $$"""{"name": "Queue", {{Queue}}}""", "name" },
        { "queue name suffix only .fifo", "POST /v1/queues", $$"""{"name": "queue.lifo", {{Queue}}}""", "name" },
        { "queue name maximum length", "POST /v1/queues", $$"""{"name": "q{{new string('a', 64)}}", {{Queue}}}""", "name" },
        { "retention maximum", "POST /v1/queues", """{"name": "queue-two", "message_retention_period": 1209601, "message_retention_period_unit": "second", "message_size": 1}""", "message_retention_period" },
        { "retention minimum", "POST /v1/queues", """{"name": "queue-two", "message_retention_period": 0, "message_retention_period_unit": "second", "message_size": 1}""", "message_retention_period" },
        { "retention unit enum", "POST /v1/queues", """{"name": "queue-two", "message_retention_period": 1, "message_retention_period_unit": "week", "message_size": 1}""", "message_retention_period_unit" },
        { "message size maximum", "POST /v1/queues", """{"name": "queue-two", "message_retention_period": 1, "message_retention_period_unit": "day", "message_size": 257}""", "message_size" },
        { "message size required", "POST /v1/queues", """{"name": "queue-two", "message_retention_period": 1, "message_retention_period_unit": "day"}""", "message_size" },
        { "data key reuse unit enum", "POST /v1/queues", $$"""{"name": "queue-two", {{Queue}}, "data_key_reuse_period_unit": "day"}""", "data_key_reuse_period_unit" },
        { "encryption members required", "POST /v1/queues", $$$"""{"name": "queue-two", {{{Queue}}}, "encryption": {"id": "k"}}""", "encryption.name" },
        { "queue config retention required", "PUT /v1/queues/{queue_id}/config", """{"message_retention_period_unit": "day", "message_size": 1}""", "message_retention_period" },
        { "queue description maximum length", "PUT /v1/queues/{queue_id}/description", $$"""{"description": "{{new string('d', 101)}}"}""", "description" },
        { "queue description required", "PUT /v1/queues/{queue_id}/description", "{}", "description" },
        { "queue ACL addresses", "POST /v1/queues/{queue_id}/acl", """{"ip_address": ["1.2.3"]}""", "ip_address" },
        { "report start date format", "GET /v1/apis/{api_id}/reports?stage_name={stage_name}&start_date=07/01/2025&end_date=2025-07-30", "", "start_date" },
        { "report stage required", "GET /v1/apis/{api_id}/reports?start_date=2025-07-01&end_date=2025-07-30", "", "stage_name" },
        { "report end after start", "GET /v1/apis/{api_id}/reports?stage_name={stage_name}&start_date=2025-07-30&end_date=2025-07-01", "", "end_date" },
        { "page size at least 1", "GET /v1/apis?size=0", "", "size" },
        { "page not negative", "GET /v1/apis?page=-1", "", "page" },
        { "sort field and direction", "GET /v1/apis?sort=colour:up", "", "sort" },
        { "queue name to check required", "GET /v1/queues/check-duplication", "", "name" },
        { "a field the api create model lacks", "POST /v1/apis", """{"name": "typo-api", "descripton": "x"}""", "descripton" },
        { "a misspelt optional method field", "POST /v1/apis/{api_id}/resources/{resource_id}/methods", """{"method_type": "PUT", "integration_type": "HTTP", "endpoint_url": "https://x.test", "api_key_requred": true}""", "api_key_requred" },
        { "a field of another version's stage config", "PUT /v1/apis/{api_id}/stages/{stage_name}/config", $$"""{{{Config}}, "ip_restriction_enabled": false}""", "ip_restriction_enabled" },
        { "a misspelt member of a nested object", "POST /v1/apis", """{"name": "tag-api", "tags": [{"key": "k", "vaule": "v"}]}""", "tags[0].vaule" },
        { "a body on an operation without one", "DELETE /v1/apis/{api_id}/stages/{stage_name}", """{"force": true}""", "force" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Breaking_a_rule_answers_400_naming_the_field(string rule, string request, string body, string field)
    {
        var (method, path) = (request[..request.IndexOf(' ', StringComparison.Ordinal)], request[(request.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var reply = await fixture.Client.SendAsync(method, fixture.Fill(path), body.Length == 0 ? null : fixture.Fill(body));

        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{rule}: {reply}");
        Assert.True(reply.Errors.Any(d => d.StartsWith(field + ": ", StringComparison.Ordinal)), $"{rule}: no detail names '{field}': {reply}");
        Assert.All(reply.Body.GetProperty("errors").EnumerateArray(), e => Assert.Equal(400, e.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task A_misspelt_optional_field_answers_400_naming_it_and_the_fields_there_are_and_changes_nothing()
    {
        var plans = $"/v1/apis/{fixture.World.ApiId}/usage-plans";

        var reply = await fixture.Client.PostAsync(plans, new { name = "typo-plan", limit = 5, rate = "day", descripton = "spelt wrong" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        var detail = Assert.Single(reply.Errors);
        Assert.Equal("descripton: is not a field of this request (its fields: description, limit, name, rate)", detail);
        var listed = await fixture.Client.GetAsync(plans);
        Assert.DoesNotContain(listed.Body.GetProperty("usage_plans").EnumerateArray(), plan => plan.GetProperty("name").GetString() == "typo-plan");
    }

    [Fact]
    public async Task Every_bad_field_of_one_request_is_reported()
    {
        var reply = await fixture.Client.PostAsync($"/v1/apis/{fixture.World.ApiId}/usage-plans", new { name = "X", limit = -5, rate = "year" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["limit", "name", "rate"], reply.Errors.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).Order());
    }

    [Fact]
    public async Task Seed_spellings_are_accepted_in_requests()
    {
        // Comma-joined list items, a dict string for query strings and a number as a string, as the seed's examples send them.
        var api = $"/v1/apis/{fixture.World.ApiId}";
        var auth = await fixture.Client.PostAsync($"{api}/auths", new { name = "spelled-auth", expiration_period = "90", connected_stages = new[] { fixture.World.StageName } });
        var method = await fixture.Client.PostAsync($"{api}/resources/{fixture.World.ResourceId}/methods", new
        {
            method_type = "DELETE",
            integration_type = "HTTP",
            endpoint_url = "https://backend.example.test",
            query_strings = "{'force': True, 'dry-run': False}",
        });

        Assert.Equal(HttpStatusCode.Created, auth.Status);
        Assert.Equal(HttpStatusCode.OK, method.Status);
        var shown = await fixture.Client.GetAsync($"{api}/resources/{fixture.World.ResourceId}/methods/DELETE");
        Assert.Equal("{'force': True, 'dry-run': False}", shown.Str("method", "query_strings"));
    }
}
