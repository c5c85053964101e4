using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class PrivateLinkEndpointApprovalCheckTests
{
    [Fact]
    public async Task An_approval_connects_unless_the_program_says_otherwise()
    {
        var result = await CheckAsync("PrivateLinkEndpointApproval", Map(("apiId", "api-1"), ("privatelinkEndpointId", "ep-1")));

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs.TryGetBool("connected", out var connected));
        Assert.True(connected);
    }

    [Fact]
    public async Task The_api_and_the_endpoint_are_required()
    {
        var result = await CheckAsync("PrivateLinkEndpointApproval", Map(("connected", false)));

        Assert.Equal("is required", ReasonFor(result, "apiId"));
        Assert.Equal("is required", ReasonFor(result, "privatelinkEndpointId"));
    }

    [Fact]
    public async Task Connected_must_be_a_boolean()
    {
        var result = await CheckAsync("PrivateLinkEndpointApproval", Map(("apiId", "api-1"), ("privatelinkEndpointId", "ep-1"), ("connected", "yes")));

        Assert.Equal("must be a boolean, not a string", ReasonFor(result, "connected"));
    }
}
