using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.StageGroupCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class StageCheckTests
{
    private static Task<Pulumi.ScpGateway.Framework.CheckResult> Check(params (string Key, PropertyValue Value)[] extra) =>
        CheckAsync("Stage", Map([("apiId", "api-1"), ("name", "dev"), ("deploymentId", "dep-1"), .. extra]));

    [Fact]
    public async Task Defaults_are_filled_in_and_sets_are_sorted_and_deduplicated()
    {
        var result = await Check(
            ("allowOrigins", List("https://b.example", "https://a.example", "https://b.example")),
            ("allowMethods", List("post", "get", "GET")));

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs.TryGetBool("corsEnabled", out var cors));
        Assert.False(cors);
        Assert.True(result.Inputs.TryGetBool("jwtEnabled", out var jwt));
        Assert.False(jwt);
        Assert.Equal(List("https://a.example", "https://b.example"), result.Inputs["allowOrigins"]);
        Assert.Equal(List("GET", "POST"), result.Inputs["allowMethods"]);
    }

    [Fact]
    public async Task Name_api_and_deployment_are_required()
    {
        var result = await CheckAsync("Stage", Map(("description", "x")));

        Assert.Equal(["apiId", "deploymentId", "name"], result.Failures.Select(failure => failure.Property).Order());
        Assert.All(result.Failures, failure => Assert.Equal("is required", failure.Reason));
    }

    [Fact]
    public async Task The_name_follows_the_api_name_pattern_and_is_never_autonamed()
    {
        var bad = await Check(("name", "Dev_Stage"));
        var dashEnd = await Check(("name", "dev-"));

        Assert.StartsWith("must be lower-case letters, digits and dashes, starting with a letter and not ending with a dash", ReasonFor(bad, "name"), StringComparison.Ordinal);
        Assert.Contains("not ending with a dash", ReasonFor(dashEnd, "name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allow_methods_must_be_http_methods_scp_knows()
    {
        var result = await Check(("allowMethods", List("GET", "TRACE")));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("allowMethods[1]", failure.Property);
        Assert.Contains("must be one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, ANY", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Max_age_cannot_be_negative()
    {
        var result = await Check(("maxAge", -1.0));

        Assert.StartsWith("must be between 0 and", ReasonFor(result, "maxAge"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connected_api_keys_need_a_usage_plan()
    {
        var without = await Check(("connectedApiKeys", List("key-1")));
        var with = await Check(("connectedApiKeys", List("key-1")), ("usagePlanId", "plan-1"));
        var unknownPlan = await Check(("connectedApiKeys", List("key-1")), ("usagePlanId", PropertyValue.Computed()));

        Assert.Equal("needs usagePlanId: SCP connects API keys to a stage only through their usage plan", ReasonFor(without, "connectedApiKeys"));
        Assert.Empty(with.Failures);
        Assert.Empty(unknownPlan.Failures);
    }
}
