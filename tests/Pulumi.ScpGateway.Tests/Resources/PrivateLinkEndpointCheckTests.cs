using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class PrivateLinkEndpointCheckTests
{
    private static PropertyMap Valid => Map(("name", "Edge01"), ("privatelinkServiceId", "svc-1"));

    [Fact]
    public async Task The_connection_is_requested_unless_the_program_says_otherwise()
    {
        var result = await CheckAsync("PrivateLinkEndpoint", Valid);

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs.TryGetBool("requested", out var requested));
        Assert.True(requested);
    }

    [Fact]
    public async Task A_proposed_name_is_letters_and_digits_only_within_twenty_characters()
    {
        var result = await CheckAsync("PrivateLinkEndpoint", Valid.Without("name"), name: "orders-private-link-endpoint");

        Assert.Empty(result.Failures);
        var name = result.Inputs.GetString("name");
        Assert.Matches("^orders[a-z0-9]*$", name);
        Assert.Equal(20, name.Length);
    }

    [Fact]
    public async Task Names_with_other_characters_or_of_the_wrong_length_are_refused()
    {
        var dashed = await CheckAsync("PrivateLinkEndpoint", Valid.With("name", "edge-01"));
        var shortName = await CheckAsync("PrivateLinkEndpoint", Valid.With("name", "ab"));
        var longName = await CheckAsync("PrivateLinkEndpoint", Valid.With("name", new string('a', 21)));

        Assert.Equal("must be letters and digits only, got 'edge-01'", ReasonFor(dashed, "name"));
        Assert.StartsWith("must be 3 to 20 characters long", ReasonFor(shortName, "name"), StringComparison.Ordinal);
        Assert.StartsWith("must be 3 to 20 characters long", ReasonFor(longName, "name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_is_required()
    {
        var result = await CheckAsync("PrivateLinkEndpoint", Valid.Without("privatelinkServiceId"));

        Assert.Equal("is required", ReasonFor(result, "privatelinkServiceId"));
    }
}
