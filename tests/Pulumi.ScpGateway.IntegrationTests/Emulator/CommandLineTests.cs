using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Every documented flag of the emulator program lands in its options.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Every_flag_sets_its_option()
    {
        var options = CommandLine.Parse(
        [
            "--port", "8123", "--access-key", "AK", "--secret-key", "SK", "--account-id", "acct",
            "--api-create-delay-ms", "11", "--queue-create-delay-ms", "12", "--seed", "13", "--latency-ms", "14",
            "--rate-429", "0.1", "--retry-after-seconds", "15", "--rate-500", "0.2", "--rate-503", "0.3",
            "--rate-reset", "0.4", "--rate-504", "0.5", "--rate-409", "0.6", "--not-found-after-create-ms", "16",
            "--fault-operations", "CreateApi,ShowApi", "--fault-methods", "POST", "--no-seed-quirks",
        ]);

        Assert.Equal((8123, "AK", "SK", "acct", 11, 12, false), (options.Port, options.AccessKey, options.SecretKey, options.AccountId, options.ApiCreateDelayMs, options.QueueCreateDelayMs, options.SeedQuirks));
        var f = options.Faults;
        Assert.Equal((13, 14, 0.1, 15, 0.2, 0.3, 0.4, 0.5, 0.6, 16), (f.Seed, f.LatencyMs, f.Rate429, f.RetryAfterSeconds, f.Rate500, f.Rate503, f.RateReset, f.Rate504AfterProcessing, f.Rate409, f.NotFoundAfterCreateMs));
        Assert.Equal(["CreateApi", "ShowApi"], f.Operations);
        Assert.Equal(["POST"], f.Methods);
    }

    [Fact]
    public void Without_flags_the_documented_defaults_apply()
    {
        var options = CommandLine.Parse([]);

        Assert.Equal((0, "EMULATOR-ACCESS-KEY", "EMULATOR-SECRET-KEY", 300, 300, true), (options.Port, options.AccessKey, options.SecretKey, options.ApiCreateDelayMs, options.QueueCreateDelayMs, options.SeedQuirks));
        Assert.Equal(0, options.Faults.Rate500);
    }
}
