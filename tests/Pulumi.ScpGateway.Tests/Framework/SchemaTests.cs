using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

public class SchemaTests
{
    private readonly SchemaSections _schema = new TestRegistry().Registry.Schema();

    private JsonObject Gateway => _schema.Resources[TestRegistry.GatewayToken]!.AsObject();

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => item!.GetValue<string>())];

    [Fact]
    public void Every_resource_and_function_is_emitted_under_its_token()
    {
        Assert.Equal(["scpgateway:index:Gateway", "scpgateway:index:Route", "scpgateway:index:Tube"], _schema.Resources.Select(entry => entry.Key));
        Assert.Equal(["scpgateway:index:getGateway"], _schema.Functions.Select(entry => entry.Key));
        Assert.Equal(["scpgateway:index:GatewayEncryption", "scpgateway:index:RouteMethod", "scpgateway:index:RouteSummary"], _schema.Types.Select(entry => entry.Key));
    }

    [Fact]
    public void A_closed_set_declared_as_an_enum_type_is_a_string_enum_type_its_properties_refer_to()
    {
        var route = _schema.Resources[TestRegistry.RouteToken]!;

        Assert.Equal(
            """{"type":"string","description":"An HTTP method of a route.","enum":[{"name":"Get","value":"GET","description":"Reads."},{"name":"Post","value":"POST"}]}""",
            _schema.Types["scpgateway:index:RouteMethod"]!.ToJsonString());
        Assert.Equal("#/types/scpgateway:index:RouteMethod", route["inputProperties"]!["method"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/types/scpgateway:index:RouteMethod", route["properties"]!["method"]!["$ref"]!.GetValue<string>());
        Assert.Null(route["inputProperties"]!["method"]!["type"]);
        // A closed set given as plain strings stays a string.
        Assert.Equal("string", route["inputProperties"]!["integrationType"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void The_description_ends_with_how_to_import()
    {
        var route = _schema.Resources[TestRegistry.RouteToken]!["description"]!.GetValue<string>();

        Assert.StartsWith("A test route.\n\n## Import\n", route, StringComparison.Ordinal);
        Assert.Contains("```sh\n$ pulumi import scpgateway:index:Route my-route <gatewayId>/<routeId>/<method>\n```", route, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_hold_inputs_and_outputs_with_required_ones_listed()
    {
        var properties = Gateway["properties"]!.AsObject();

        Assert.Contains("name", properties.Select(entry => entry.Key));
        Assert.Contains("status", properties.Select(entry => entry.Key));
        Assert.Equal(["name", "endpointType", "region", "enabled", "gatewayId"], Strings(Gateway["required"]));
        Assert.DoesNotContain("status", Gateway["inputProperties"]!.AsObject().Select(entry => entry.Key));
        Assert.Equal(["region"], Strings(Gateway["requiredInputs"]));
        Assert.Equal(properties.Select(entry => entry.Key), Gateway["stateInputs"]!["properties"]!.AsObject().Select(entry => entry.Key));
        Assert.Null(Gateway["stateInputs"]!["required"]);
    }

    [Fact]
    public void Property_specs_carry_types_secrets_defaults_and_replacement()
    {
        var inputs = Gateway["inputProperties"]!;
        var outputs = Gateway["properties"]!;

        Assert.Equal("""{"type":"string","description":"REGION or PRIVATE.","default":"REGION","willReplaceOnChanges":true}""", inputs["endpointType"]!.ToJsonString());
        Assert.Equal("""{"type":"integer","description":"Requests per period."}""", inputs["limit"]!.ToJsonString());
        Assert.Equal("number", inputs["weight"]!["type"]!.GetValue<string>());
        Assert.Equal("""{"type":"array","items":{"type":"string"}}""", TypeOnly(inputs["allowedIpAddresses"]!));
        Assert.Equal("""{"type":"object","additionalProperties":{"type":"boolean"}}""", TypeOnly(inputs["headers"]!));
        Assert.Equal("""{"$ref":"#/types/scpgateway:index:GatewayEncryption"}""", TypeOnly(inputs["encryption"]!));
        Assert.True(outputs["accessKey"]!["secret"]!.GetValue<bool>());
        Assert.True(inputs["password"]!["secret"]!.GetValue<bool>());
        Assert.False(inputs["default"] is not null);
    }

    [Fact]
    public void Descriptions_explain_autonaming_and_not_readable_inputs()
    {
        var inputs = Gateway["inputProperties"]!;

        Assert.Contains("If omitted, a name is made", inputs["name"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Labels. SCP does not return tags. Refresh keeps the value from the program; import leaves it out.", inputs["tags"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Nested_records_become_types_even_when_they_nest_themselves()
    {
        Assert.Equal("""{"type":"object","properties":{"kmsId":{"type":"string","description":"The key id."},"kmsName":{"type":"string","description":"The key name."}},"required":["kmsId"],"description":"Which key encrypts the gateway data."}""",
            _schema.Types["scpgateway:index:GatewayEncryption"]!.ToJsonString());
        var summary = _schema.Types["scpgateway:index:RouteSummary"]!;
        Assert.Equal("#/types/scpgateway:index:RouteSummary", summary["properties"]!["children"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal(["path"], Strings(summary["required"]));
    }

    [Fact]
    public void Functions_have_inputs_and_outputs_objects()
    {
        var function = _schema.Functions["scpgateway:index:getGateway"]!;

        Assert.Equal(["name"], Strings(function["inputs"]!["required"]));
        Assert.Equal(10, function["inputs"]!["properties"]!["limit"]!["default"]!.GetValue<int>());
        Assert.Equal(["gatewayId", "accessKey", "routes"], Strings(function["outputs"]!["required"]));
        Assert.True(function["outputs"]!["properties"]!["accessKey"]!["secret"]!.GetValue<bool>());
    }

    [Fact]
    public void The_sections_satisfy_the_package_metaschema()
    {
        var package = new JsonObject
        {
            ["name"] = "scpgateway",
            ["resources"] = _schema.Resources.DeepClone(),
            ["functions"] = _schema.Functions.DeepClone(),
            ["types"] = _schema.Types.DeepClone(),
        };

        Assert.Empty(Metaschema.Load().Validate(package));
    }

    [Fact]
    public void The_metaschema_check_catches_a_malformed_property()
    {
        var package = new JsonObject
        {
            ["name"] = "scpgateway",
            ["resources"] = new JsonObject { ["scpgateway:index:Bad"] = new JsonObject { ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "array" } } } },
        };

        Assert.NotEmpty(Metaschema.Load().Validate(package));
    }

    private static string TypeOnly(JsonNode spec)
    {
        var copy = spec.DeepClone().AsObject();
        copy.Remove("description");
        return copy.ToJsonString();
    }
}
