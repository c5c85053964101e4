using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class AuthCheckTests
{
    private static PropertyMap Valid => Map(("apiId", "api-1"), ("name", "ops-token"), ("expirationPeriod", 90.0));

    [Fact]
    public async Task A_valid_auth_passes_and_its_stages_are_sorted_without_duplicates()
    {
        var result = await CheckAsync("Auth", Valid.With("connectedStages", List("stg", "dev", "stg")));

        Assert.Empty(result.Failures);
        Assert.Equal(List("dev", "stg"), result.Inputs["connectedStages"]);
        Assert.Equal("ops-token", result.Inputs.GetString("name"));
    }

    [Fact]
    public async Task Without_a_name_one_is_proposed_from_the_logical_name()
    {
        var result = await CheckAsync("Auth", Valid.Without("name"), name: "Ops_Token");

        Assert.Empty(result.Failures);
        Assert.Matches("^opstoken-[a-z0-9]{7}$", result.Inputs.GetString("name"));
    }

    [Fact]
    public async Task A_name_breaking_the_scp_rule_is_refused_saying_the_rule()
    {
        var badCharacters = await CheckAsync("Auth", Valid.With("name", "Ops_Token"));
        var tooLong = await CheckAsync("Auth", Valid.With("name", "a" + new string('b', 50)));

        Assert.Equal("must be lower-case letters, digits and dashes, starting with a letter and not ending with a dash, got 'Ops_Token'", ReasonFor(badCharacters, "name"));
        Assert.Contains(tooLong.Failures, failure => failure.Property == "name"
            && failure.Reason.StartsWith("must be 3 to 50 characters long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_expiration_period_is_at_least_one_day()
    {
        var result = await CheckAsync("Auth", Valid.With("expirationPeriod", 0.0));

        Assert.Equal("must be between 1 and 36500, got 0", ReasonFor(result, "expirationPeriod"));
    }

    [Fact]
    public async Task The_expiration_period_is_required_of_a_new_auth_but_not_of_an_imported_one()
    {
        var imported = Valid.Without("expirationPeriod");

        var created = await CheckAsync("Auth", imported);
        var existing = await CheckAsync("Auth", imported, olds: imported);

        Assert.Equal("is required", ReasonFor(created, "expirationPeriod"));
        Assert.Empty(existing.Failures);
    }

    [Fact]
    public async Task The_api_is_required_and_the_access_token_cannot_be_set()
    {
        var result = await CheckAsync("Auth", Valid.Without("apiId").With("accessToken", "guess"));

        Assert.Equal("is required", ReasonFor(result, "apiId"));
        Assert.Equal("is an output and cannot be set", ReasonFor(result, "accessToken"));
    }
}
