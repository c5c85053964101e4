using static Pulumi.ScpGateway.Tests.Resources.StageGroupCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class ApiKeyCheckTests
{
    [Fact]
    public async Task Without_a_name_one_is_proposed_from_the_logical_name()
    {
        var result = await CheckAsync("ApiKey", Map(("apiId", "api-1"), ("usagePlanId", "plan-1")), name: "Mobile.App");

        Assert.Empty(result.Failures);
        Assert.Matches("^mobileapp-[a-z0-9]{7}$", result.Inputs.GetString("name"));
    }

    [Fact]
    public async Task Api_and_usage_plan_are_required()
    {
        var result = await CheckAsync("ApiKey", Map(("name", "mobile")));

        Assert.Equal(["apiId", "usagePlanId"], result.Failures.Select(failure => failure.Property).Order());
    }

    [Fact]
    public async Task An_explicit_name_must_follow_the_pattern_and_length()
    {
        var bad = await CheckAsync("ApiKey", Map(("apiId", "api-1"), ("usagePlanId", "plan-1"), ("name", "Mobile")));
        var tooLong = await CheckAsync("ApiKey", Map(("apiId", "api-1"), ("usagePlanId", "plan-1"), ("name", new string('a', 51))));

        Assert.StartsWith("must be lower-case letters", ReasonFor(bad, "name"), StringComparison.Ordinal);
        Assert.Contains(tooLong.Failures, failure => failure.Property == "name" && failure.Reason.StartsWith("must be 3 to 50 characters long", StringComparison.Ordinal));
    }
}
