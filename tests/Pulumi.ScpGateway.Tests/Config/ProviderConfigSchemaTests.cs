using Pulumi.ScpGateway.Provider.Configuration;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Config;

public class ProviderConfigSchemaTests
{
    [Fact]
    public void Every_documented_key_is_declared_with_its_type()
    {
        var variables = ProviderConfigSchema.Variables();

        string[] expected = ["accessKey", "secretKey", "accountId", "region", "environment", "apiGatewayEndpoint",
            "queueServiceEndpoint", "apiGatewayVersion", "language", "maxRetries", "requestTimeoutSeconds"];
        Assert.Equal(expected, variables.Select(pair => pair.Key));
        Assert.Equal("integer", (string?)variables["maxRetries"]!["type"]);
        Assert.Equal("string", (string?)variables["region"]!["type"]);
    }

    [Fact]
    public void Credentials_are_secret_and_say_where_else_they_can_come_from()
    {
        var accessKey = ProviderConfigSchema.Variables()["accessKey"]!;

        Assert.True((bool?)accessKey["secret"]);
        Assert.Equal(["SCP_ACCESS_KEY", "SCP_TF_ACCESS_KEY"], accessKey["defaultInfo"]!["environment"]!.AsArray().Select(node => (string?)node));
        var description = (string?)accessKey["description"];
        Assert.Contains("SCP_ACCESS_KEY", description);
        Assert.Contains("~/.scpconf/credentials.json", description);
    }

    [Fact]
    public void Defaults_are_declared_with_their_type_except_where_scpconf_could_supply_the_value()
    {
        var variables = ProviderConfigSchema.Variables();

        Assert.Equal(8, (int?)variables["maxRetries"]!["default"]);
        Assert.Equal("e", (string?)variables["environment"]!["default"]);
        Assert.Null(variables["region"]!["default"]);
        Assert.Contains("Default: `kr-west1`", (string?)variables["region"]!["description"]);
        Assert.Null(variables["accountId"]!["secret"]);
    }

    [Fact]
    public void Provider_input_properties_match_config_variables()
    {
        Assert.True(JsonNode.DeepEquals(ProviderConfigSchema.Variables(), ProviderConfigSchema.InputProperties()));
    }
}
