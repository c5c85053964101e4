using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Plugin;

public class EngineHealthWatchTests
{
    [Theory]
    [InlineData(null, 300)]
    [InlineData("1", 1)]
    [InlineData("0.5", 0.5)]
    [InlineData("0", 300)]
    [InlineData("-3", 300)]
    [InlineData("soon", 300)]
    public void The_interval_comes_from_the_environment_else_five_minutes(string? value, double seconds)
    {
        var interval = EngineHealthWatch.IntervalFrom(name => name == EngineHealthWatch.IntervalVariable ? value : null);

        Assert.Equal(TimeSpan.FromSeconds(seconds), interval);
    }
}
