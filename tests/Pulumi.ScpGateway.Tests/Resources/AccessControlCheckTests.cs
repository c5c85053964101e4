using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class AccessControlCheckTests
{
    private static PropertyMap Valid => Map(("apiId", "api-1"), ("name", "office-only"), ("allowedIpAddresses", List("10.0.0.0/24")));

    [Fact]
    public async Task Addresses_and_stages_are_sets_sorted_without_duplicates()
    {
        var result = await CheckAsync("AccessControl", Valid
            .With("allowedIpAddresses", List("192.168.0.1", "10.0.0.0/24", "192.168.0.1"))
            .With("connectedStages", List("prod", "dev")));

        Assert.Empty(result.Failures);
        Assert.Equal(List("10.0.0.0/24", "192.168.0.1"), result.Inputs["allowedIpAddresses"]);
        Assert.Equal(List("dev", "prod"), result.Inputs["connectedStages"]);
    }

    [Fact]
    public async Task Each_address_that_is_not_ipv4_or_cidr_is_named()
    {
        var result = await CheckAsync("AccessControl", Valid.With("allowedIpAddresses", List("10.0.0.1", "10.0.0.300", "10.0.0.0/40", "::1")));

        Assert.Equal(["allowedIpAddresses[1]", "allowedIpAddresses[2]", "allowedIpAddresses[3]"], result.Failures.Select(failure => failure.Property).Order());
        Assert.All(result.Failures, failure => Assert.StartsWith(
            "must be an IPv4 address such as 10.0.0.1 or a CIDR block such as 10.0.0.0/24", failure.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_allowed_addresses_are_required()
    {
        var result = await CheckAsync("AccessControl", Valid.Without("allowedIpAddresses"));

        Assert.Equal("is required", ReasonFor(result, "allowedIpAddresses"));
    }

    [Fact]
    public async Task Without_a_name_one_is_proposed_and_a_bad_name_is_refused()
    {
        var proposed = await CheckAsync("AccessControl", Valid.Without("name"), name: "officeOnly");
        var bad = await CheckAsync("AccessControl", Valid.With("name", "office-"));

        Assert.Matches("^officeonly-[a-z0-9]{7}$", proposed.Inputs.GetString("name"));
        Assert.StartsWith("must be lower-case letters, digits and dashes", ReasonFor(bad, "name"), StringComparison.Ordinal);
    }
}
