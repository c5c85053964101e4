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
}
