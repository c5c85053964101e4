using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Rpc;

public class GrpcTimeoutTests
{
    // Expected values in ticks of 100 ns.
    [Theory]
    [InlineData("2H", 72_000_000_000L)]
    [InlineData("3M", 1_800_000_000L)]
    [InlineData("5S", 50_000_000L)]
    [InlineData("250m", 2_500_000L)]
    [InlineData("1500u", 15_000L)]
    [InlineData("1000n", 10L)]
    [InlineData("99999999S", 999_999_990_000_000L)]
    public void Parses_every_unit(string header, long expectedTicks)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(expectedTicks, timeout.Ticks);
    }

    [Fact]
    public void A_positive_nanosecond_timeout_never_rounds_down_to_zero()
    {
        Assert.True(GrpcTimeout.TryParse("1n", out var timeout));
        Assert.True(timeout > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("10D")]
    [InlineData("-1S")]
    [InlineData("1.5S")]
    [InlineData(" 1S")]
    [InlineData("123456789S")]
    public void Rejects_malformed_values(string header)
    {
        Assert.False(GrpcTimeout.TryParse(header, out _));
    }

    [Theory]
    [InlineData(1, "1000000n")]
    [InlineData(250, "250000u")]
    [InlineData(30_000, "30000000u")]
    [InlineData(3_600_000, "3600000m")]
    public void Formats_in_the_finest_unit_that_fits_eight_digits(int milliseconds, string expected)
    {
        Assert.Equal(expected, GrpcTimeout.Format(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1234)]
    [InlineData(86_400_000)]
    public void Format_and_parse_agree(int milliseconds)
    {
        var original = TimeSpan.FromMilliseconds(milliseconds);

        Assert.True(GrpcTimeout.TryParse(GrpcTimeout.Format(original), out var parsed));
        Assert.True(parsed >= original && parsed - original < TimeSpan.FromSeconds(1));
    }
}
