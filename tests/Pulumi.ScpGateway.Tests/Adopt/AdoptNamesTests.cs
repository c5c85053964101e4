using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Provider.Adopt;

namespace Pulumi.ScpGateway.Tests.Adopt;

/// <summary>The resource names adopt writes: readable, valid in YAML and C#, unique, the same on every run.</summary>
public sealed class AdoptNamesTests
{
    private static readonly FoundApi Shop = new("a1", "shop-prod");

    [Theory]
    [InlineData("getUsersUserId", "GET", "users", "{user-id}")]
    [InlineData("partnerJwtAuth", "partner-jwt", "auth")]
    [InlineData("ordersTestFifoQueue", "orders-test.fifo", "queue")]
    [InlineData("r2024Release", "2024", "release")]
    public void Words_are_joined_camel_case(string expected, params string[] parts) =>
        Assert.Equal(expected, AdoptNames.CamelCase(parts));

    [Fact]
    public void A_taken_name_gets_a_number_and_a_csharp_keyword_gets_its_type()
    {
        var names = new AdoptNames();

        Assert.Equal("users", names.Name(Found("Resource", "users"), prefixApi: false));
        Assert.Equal("users2", names.Name(Found("Resource", "users"), prefixApi: false));
        Assert.Equal("eventResource", names.Name(Found("Resource", "event"), prefixApi: false));
        Assert.Equal("shopProd", names.Name(Found("Api"), prefixApi: false));
    }

    [Fact]
    public void With_several_apis_each_name_starts_with_its_api()
    {
        var names = new AdoptNames();

        Assert.Equal("shopProdDevStage", names.Name(Found("Stage", "dev", "stage"), prefixApi: true));
        Assert.Equal("shopProd", names.Name(Found("Api"), prefixApi: true));
    }

    [Theory]
    [InlineData("shop-test", "shop-test")]
    [InlineData("true", "\"true\"")]
    [InlineData("No", "\"No\"")]
    [InlineData("203.0.113.0/24", "\"203.0.113.0/24\"")]
    [InlineData("Shop API: users", "\"Shop API: users\"")]
    [InlineData("a ${b} c", "\"a $${b} c\"")]
    [InlineData("quote \" and \\", "\"quote \\\" and \\\\\"")]
    public void Yaml_strings_are_plain_only_when_yaml_reads_them_back_unchanged(string text, string written) =>
        Assert.Equal(written, YamlProgramWriter.Scalar(text));

    private static FoundObject Found(string type, params string[] parts) => new(type, "id", PropertyMap.Empty, PropertyMap.Empty, parts, Shop);
}
