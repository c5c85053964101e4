using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.StageGroupCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class UsagePlanCheckTests
{
    private static Task<Pulumi.ScpGateway.Framework.CheckResult> Check(params (string Key, PropertyValue Value)[] extra) =>
        CheckAsync("UsagePlan", Map([("apiId", "api-1"), ("limit", 100.0), ("rate", "day"), .. extra]), name: "Gold_Plan");

    [Fact]
    public async Task Without_a_name_one_is_proposed_from_the_logical_name()
    {
        var result = await Check();

        Assert.Empty(result.Failures);
        Assert.Matches("^goldplan-[a-z0-9]{7}$", result.Inputs.GetString("name"));
    }

    [Fact]
    public async Task The_rate_is_lower_cased_and_must_be_hour_day_or_month()
    {
        var upper = await Check(("rate", "MONTH"));
        var bad = await Check(("rate", "week"));

        Assert.Equal("month", upper.Inputs.GetString("rate"));
        Assert.Equal("must be one of hour, day, month, got 'week'", ReasonFor(bad, "rate"));
    }

    [Fact]
    public async Task The_limit_lies_between_one_and_two_billion()
    {
        var zero = await Check(("limit", 0.0));
        var tooMany = await Check(("limit", 2000000001.0));
        var most = await Check(("limit", 2000000000.0));

        Assert.Equal("must be between 1 and 2000000000, got 0", ReasonFor(zero, "limit"));
        Assert.Equal("must be between 1 and 2000000000, got 2000000001", ReasonFor(tooMany, "limit"));
        Assert.Empty(most.Failures);
    }

    [Fact]
    public async Task A_quoted_limit_is_told_to_lose_its_quotes()
    {
        var result = await Check(("limit", "1000"));

        Assert.Equal("must be a whole number, not a string: remove the quotes, write 1000 instead of \"1000\"", ReasonFor(result, "limit"));
    }

    [Fact]
    public async Task A_word_where_a_number_belongs_gets_no_quotes_hint()
    {
        var result = await Check(("limit", "lots"));

        Assert.Equal("must be a whole number, not a string", ReasonFor(result, "limit"));
    }

    [Fact]
    public async Task Limit_rate_and_api_are_required()
    {
        var result = await CheckAsync("UsagePlan", Map(("name", "gold")));

        Assert.Equal(["apiId", "limit", "rate"], result.Failures.Select(failure => failure.Property).Order());
    }

    [Fact]
    public async Task An_explicit_name_must_follow_the_pattern()
    {
        var result = await Check(("name", "9lives"));

        Assert.StartsWith("must be lower-case letters", ReasonFor(result, "name"), StringComparison.Ordinal);
    }
}
