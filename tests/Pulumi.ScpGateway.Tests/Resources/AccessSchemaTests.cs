using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Tests.Framework;

namespace Pulumi.ScpGateway.Tests.Resources;

/// <summary>What the schema (and so the SDK docs) tells users about Auth, AccessControl and the PrivateLink resources.</summary>
public class AccessSchemaTests
{
    private static readonly string[] Tokens =
        ["AccessControl", "Auth", "PrivateLinkEndpoint", "PrivateLinkEndpointApproval"];

    private readonly SchemaSections _schema = PackageCatalog.Create().Schema();

    private JsonObject Resource(string name) => _schema.Resources[$"scpgateway:index:{name}"]!.AsObject();

    [Fact]
    public void The_resources_satisfy_the_package_metaschema()
    {
        var resources = new JsonObject();
        foreach (var name in Tokens)
        {
            resources[$"scpgateway:index:{name}"] = Resource(name).DeepClone();
        }

        Assert.Empty(Metaschema.Load().Validate(new JsonObject { ["name"] = "scpgateway", ["resources"] = resources }));
    }

    [Fact]
    public void The_access_token_is_secret_and_its_description_says_import_cannot_recover_it()
    {
        var token = Resource("Auth")["properties"]!["accessToken"]!;

        Assert.True(token["secret"]!.GetValue<bool>());
        Assert.Contains("an imported auth has no access token", token["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_expiration_period_says_refresh_keeps_it_and_import_leaves_it_out()
    {
        var description = Resource("Auth")["inputProperties"]!["expirationPeriod"]!["description"]!.GetValue<string>();

        Assert.Contains("SCP returns only the expiry time", description, StringComparison.Ordinal);
        Assert.Contains("import leaves it out", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auth", "<apiId>/<authId>")]
    [InlineData("AccessControl", "<apiId>/<accessControlId>")]
    [InlineData("PrivateLinkEndpoint", "<privatelinkEndpointId>")]
    [InlineData("PrivateLinkEndpointApproval", "<apiId>/<privatelinkEndpointId>")]
    public void Each_description_shows_the_import_id(string name, string importId)
    {
        Assert.Contains($"pulumi import scpgateway:index:{name} ", Resource(name)["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(importId, Resource(name)["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
