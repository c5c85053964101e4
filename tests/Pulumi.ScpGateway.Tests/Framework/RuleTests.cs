using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Framework;

public class RuleTests
{
    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("192.168.1.0/32", true)]
    [InlineData("10.0.0", false)]
    [InlineData("10.0.0.1/", false)]
    [InlineData("10.0.0.1/8/8", false)]
    [InlineData("1", false)]
    [InlineData("::1", false)]
    [InlineData("10.0.0.1 ", false)]
    public void Ip_addresses_and_cidr_blocks_are_recognised(string text, bool valid)
    {
        Assert.Equal(valid, new IpAddressOrCidrAttribute().Problem(text) is null);
    }

    [Fact]
    public void One_of_can_fold_to_lower_case_before_comparing()
    {
        var rule = new OneOfAttribute("hour", "day", "month") { LowerCase = true };

        var normalized = rule.Normalize("Day");

        Assert.Equal(PropertyValue.FromString("day"), normalized);
        Assert.Null(rule.Problem(normalized));
        Assert.Equal("must be one of hour, day, month", rule.Problem("week"));
    }

    [Fact]
    public void A_range_open_at_the_top_says_at_least()
    {
        var rule = new RangeAttribute(0, long.MaxValue);

        Assert.Equal("must be at least 0", rule.Problem(-1.0));
        Assert.Null(rule.Problem(86400.0));
    }

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("ftp://example.com", false)]
    [InlineData("example.com", false)]
    public void Urls_must_be_absolute_http_or_https(string text, bool valid)
    {
        Assert.Equal(valid, new AbsoluteUrlAttribute().Problem(text) is null);
    }
}
