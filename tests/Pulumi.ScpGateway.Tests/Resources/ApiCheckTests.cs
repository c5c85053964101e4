using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class ApiCheckTests
{
    [Fact]
    public async Task A_new_api_gets_an_autoname_and_the_region_endpoint_type()
    {
        var result = await CheckAsync("Api", PropertyMap.Empty, name: "Orders_API");

        Assert.Empty(result.Failures);
        Assert.Matches("^ordersapi-[a-z0-9]{7}$", result.Inputs.GetString("name"));
        Assert.Equal("REGION", result.Inputs.GetString("endpointType"));
    }

    [Fact]
    public async Task The_endpoint_type_is_upper_cased_and_must_be_region_or_private()
    {
        var good = await CheckAsync("Api", Map(("name", "orders"), ("endpointType", "private")));
        var bad = await CheckAsync("Api", Map(("name", "orders"), ("endpointType", "public")));

        Assert.Equal("PRIVATE", good.Inputs.GetString("endpointType"));
        Assert.Equal("must be one of REGION, PRIVATE, got 'public'", ReasonFor(bad, "endpointType"));
    }

    [Theory]
    [InlineData("Orders")]
    [InlineData("orders-")]
    [InlineData("1orders")]
    public async Task Names_outside_the_scp_name_rule_are_refused(string name)
    {
        var result = await CheckAsync("Api", Map(("name", name)));

        Assert.Contains(result.Failures, failure => failure.Property == "name"
            && failure.Reason.StartsWith("must be lower-case letters, digits and dashes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("qa")]
    [InlineData("p1")]
    public async Task A_name_that_only_breaks_the_length_rule_is_told_only_that(string name)
    {
        var result = await CheckAsync("Api", Map(("name", name)));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Equal($"must be 3 to 50 characters long, got '{name}'", failure.Reason);
    }

    [Fact]
    public async Task A_name_longer_than_fifty_characters_is_refused_with_the_limit()
    {
        var result = await CheckAsync("Api", Map(("name", "a" + new string('b', 50))));

        Assert.Contains(result.Failures, failure => failure.Property == "name"
            && failure.Reason.StartsWith("must be 3 to 50 characters long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tags_are_not_demanded_of_an_existing_api_and_are_kept_when_given()
    {
        var result = await CheckAsync("Api", Map(("name", "orders"), ("tags", PropertyValue.FromObject(Map(("team", "core"))))),
            olds: Map(("name", "orders")));

        Assert.Empty(result.Failures);
        Assert.Equal("core", result.Inputs["tags"].AsObject.GetString("team"));
    }
}
