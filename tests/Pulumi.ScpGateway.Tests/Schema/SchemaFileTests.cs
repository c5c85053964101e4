using Pulumi.ScpGateway.Provider;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Tests.Framework;

namespace Pulumi.ScpGateway.Tests.Schema;

/// <summary>The committed schema.json (what SDKs are generated from) against the code and Pulumi's metaschema.</summary>
public class SchemaFileTests
{
    private static string CommittedSchemaPath() => RepositoryRoot.Path("schema.json");

    [Fact]
    public void The_committed_schema_is_what_the_code_emits()
    {
        var committed = File.ReadAllText(CommittedSchemaPath()).TrimEnd('\n');

        // On failure, `make schema` rewrites schema.json from the code.
        Assert.Equal(ScpGatewayPackage.ForCurrentProcess().SchemaJson(), committed);
    }

    [Fact]
    public void The_committed_schema_is_a_valid_pulumi_package_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(CommittedSchemaPath()))!;

        Assert.Empty(Metaschema.Load().Validate(schema));
    }

    [Fact]
    public void The_committed_schema_has_the_queue_and_every_function()
    {
        var schema = JsonNode.Parse(File.ReadAllText(CommittedSchemaPath()))!;
        var functions = schema["functions"]!.AsObject().Select(entry => entry.Key).ToList();

        Assert.NotNull(schema["resources"]!["scpgateway:index:Queue"]);
        Assert.Equal(
            ["checkQueueName", "getApi", "getApiKeys", "getApis", "getConnectedEndpoints", "getPrivateLinkEndpoints", "getQueue", "getQueues", "getReports", "getResources", "getStage", "getStages", "getUsagePlans"],
            functions.Select(token => token["scpgateway:index:".Length..]).Order(StringComparer.Ordinal));
        Assert.True(schema["types"]!["scpgateway:index:ApiKeyInfo"]!["properties"]!["key"]!["secret"]!.GetValue<bool>());
    }

    [Fact]
    public void Every_closed_set_of_values_is_an_enum_type_its_properties_refer_to()
    {
        var schema = JsonNode.Parse(File.ReadAllText(CommittedSchemaPath()))!;
        string Values(string name) => string.Join(",", schema["types"]![$"scpgateway:index:{name}"]!["enum"]!.AsArray().Select(value => $"{value!["name"]}={value["value"]}"));
        string Ref(string section, string owner, string properties, string property)
        {
            var spec = schema[section]![$"scpgateway:index:{owner}"]![properties]![property]!;
            return (spec["$ref"] ?? spec["items"]!["$ref"])!.GetValue<string>();
        }

        Assert.Equal("Get=GET,Post=POST,Put=PUT,Delete=DELETE,Patch=PATCH,Head=HEAD,Options=OPTIONS,Any=ANY", Values("MethodType"));
        Assert.Equal("Http=HTTP,Scf=SCF,PrivateLink=PRIVATELINK", Values("IntegrationType"));
        Assert.Equal("Region=REGION,Private=PRIVATE", Values("EndpointType"));
        Assert.Equal("Hour=hour,Day=day,Month=month", Values("UsagePlanRate"));
        Assert.Equal("Second=second,Minute=minute,Hour=hour,Day=day", Values("RetentionPeriodUnit"));
        Assert.Equal("Minute=minute,Hour=hour", Values("DataKeyReusePeriodUnit"));
        Assert.Equal("#/types/scpgateway:index:MethodType", Ref("resources", "Method", "inputProperties", "methodType"));
        Assert.Equal("#/types/scpgateway:index:MethodType", Ref("resources", "Stage", "inputProperties", "allowMethods"));
        Assert.Equal("#/types/scpgateway:index:IntegrationType", Ref("resources", "Method", "inputProperties", "integrationType"));
        Assert.Equal("#/types/scpgateway:index:EndpointType", Ref("resources", "Api", "inputProperties", "endpointType"));
        Assert.Equal("#/types/scpgateway:index:UsagePlanRate", Ref("resources", "UsagePlan", "inputProperties", "rate"));
        Assert.Equal("#/types/scpgateway:index:RetentionPeriodUnit", Ref("resources", "Queue", "inputProperties", "messageRetentionPeriodUnit"));
        Assert.Equal("#/types/scpgateway:index:DataKeyReusePeriodUnit", Ref("resources", "Queue", "inputProperties", "dataKeyReusePeriodUnit"));
        Assert.Equal("#/types/scpgateway:index:MethodType", Ref("types", "MethodInfo", "properties", "methodType"));
    }

    [Fact]
    public void Privatelink_ids_are_spelt_alike_everywhere()
    {
        var text = File.ReadAllText(CommittedSchemaPath());

        Assert.DoesNotContain("\"privateLink", text, StringComparison.Ordinal);
        Assert.Contains("\"privatelinkEndpointId\"", text, StringComparison.Ordinal);
        Assert.Contains("\"privatelinkServiceId\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_names_its_licence_publisher_and_registry_keywords_and_the_licence_file_is_that_licence()
    {
        var schema = JsonNode.Parse(File.ReadAllText(CommittedSchemaPath()))!;
        var keywords = schema["keywords"]!.AsArray().Select(keyword => keyword!.GetValue<string>()).ToList();
        var licence = File.ReadAllText(RepositoryRoot.Path("LICENSE"));

        Assert.Equal("Apache-2.0", schema["license"]!.GetValue<string>());
        Assert.Equal("PulumiScpGateway", schema["publisher"]!.GetValue<string>());
        Assert.Subset(keywords.ToHashSet(), new HashSet<string> { "pulumi", "scp", "category/network", "kind/native" });
        Assert.Single(keywords, keyword => keyword.StartsWith("category/", StringComparison.Ordinal));
        // No public repository address exists yet: the schema leaves it out rather than guess one.
        Assert.Null(schema["repository"]);
        Assert.StartsWith("\n                                 Apache License\n                           Version 2.0, January 2004\n", licence, StringComparison.Ordinal);
        Assert.Contains("END OF TERMS AND CONDITIONS", licence, StringComparison.Ordinal);
        Assert.Contains("Copyright 2026 The PulumiScpGateway authors", licence, StringComparison.Ordinal);
    }
}
