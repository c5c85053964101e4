using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Resources;

public class QueueCheckTests
{
    private const string QueueToken = "scpgateway:index:Queue";

    private readonly ResourceRegistry _registry = PackageCatalog.Create();

    private static PropertyMap Valid(params (string Key, PropertyValue Value)[] overrides)
    {
        var entries = new Dictionary<string, PropertyValue>
        {
            ["name"] = "orders",
            ["messageRetentionPeriod"] = 4.0,
            ["messageRetentionPeriodUnit"] = "day",
            ["messageSize"] = 256.0,
        };
        foreach (var (key, value) in overrides)
        {
            entries[key] = value;
        }
        return new PropertyMap(entries.Where(entry => !entry.Value.IsNull));
    }

    private Task<CheckResult> CheckAsync(PropertyMap news, PropertyMap? olds = null) =>
        _registry.CheckAsync(
            new ResourceCheckRequest(Urn(QueueToken, "jobs"), olds ?? PropertyMap.Empty, news) { RandomSeed = "seed"u8.ToArray() },
            CancellationToken.None);

    private static string ReasonFor(CheckResult result, string property) =>
        Assert.Single(result.Failures, failure => failure.Property == property).Reason;

    [Fact]
    public async Task A_valid_queue_passes_with_fifo_defaulting_to_false()
    {
        var result = await CheckAsync(Valid());

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs.TryGetBool("fifo", out var fifo));
        Assert.False(fifo);
    }

    [Fact]
    public async Task Names_follow_the_queue_pattern_and_length()
    {
        var upper = await CheckAsync(Valid(("name", "Orders")));
        var tooShort = await CheckAsync(Valid(("name", "ab")));
        var tooLong = await CheckAsync(Valid(("name", "a" + new string('b', 64))));

        Assert.Equal("must be lower-case letters, digits and '-', starting with a letter, optionally ending in '.fifo', got 'Orders'", ReasonFor(upper, "name"));
        Assert.StartsWith("must be 3 to 64 characters long", ReasonFor(tooShort, "name"), StringComparison.Ordinal);
        Assert.StartsWith("must be 3 to 64 characters long", ReasonFor(tooLong, "name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_queue_needs_the_fifo_suffix_and_the_suffix_needs_fifo()
    {
        var missingSuffix = await CheckAsync(Valid(("fifo", true)));
        var suffixWithoutFifo = await CheckAsync(Valid(("name", "orders.fifo")));
        var both = await CheckAsync(Valid(("name", "orders.fifo"), ("fifo", true)));

        Assert.Equal("a FIFO queue's name must end in '.fifo'", ReasonFor(missingSuffix, "name"));
        Assert.Equal("a name ending in '.fifo' makes a FIFO queue: set fifo to true", ReasonFor(suffixWithoutFifo, "fifo"));
        Assert.Empty(both.Failures);
    }

    [Fact]
    public async Task An_unknown_fifo_skips_the_suffix_rule()
    {
        var result = await CheckAsync(Valid(("fifo", PropertyValue.Computed())));

        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Autonaming_adds_the_fifo_suffix_only_to_fifo_queues()
    {
        var basic = await CheckAsync(Valid(("name", PropertyValue.Null)));
        var fifo = await CheckAsync(Valid(("name", PropertyValue.Null), ("fifo", true)));

        Assert.Empty(basic.Failures);
        Assert.Empty(fifo.Failures);
        Assert.Matches(@"^jobs-[a-z0-9]{7}$", basic.Inputs.GetString("name"));
        Assert.Matches(@"^jobs-[a-z0-9]{7}\.fifo$", fifo.Inputs.GetString("name"));
    }

    [Fact]
    public async Task Message_settings_are_required_and_bounded()
    {
        var missing = await CheckAsync(new PropertyMap([new("name", "orders")]));
        var outOfRange = await CheckAsync(Valid(("messageRetentionPeriod", 1209601.0), ("messageSize", 257.0)));
        var zero = await CheckAsync(Valid(("messageRetentionPeriod", 0.0), ("messageSize", 0.0)));

        Assert.Equal(["messageRetentionPeriod", "messageRetentionPeriodUnit", "messageSize"], missing.Failures.Select(failure => failure.Property).Order(StringComparer.Ordinal));
        Assert.Equal("must be between 1 and 1209600, got 1209601", ReasonFor(outOfRange, "messageRetentionPeriod"));
        Assert.Equal("must be between 1 and 256, got 257", ReasonFor(outOfRange, "messageSize"));
        Assert.Equal("must be between 1 and 1209600, got 0", ReasonFor(zero, "messageRetentionPeriod"));
        Assert.Equal("must be between 1 and 256, got 0", ReasonFor(zero, "messageSize"));
    }

    [Fact]
    public async Task Units_are_lower_cased_then_checked()
    {
        var good = await CheckAsync(Valid(("messageRetentionPeriodUnit", "HOUR"), ("dataKeyReusePeriod", 5.0), ("dataKeyReusePeriodUnit", "Minute")));
        var bad = await CheckAsync(Valid(("messageRetentionPeriodUnit", "week"), ("dataKeyReusePeriodUnit", "day")));

        Assert.Empty(good.Failures);
        Assert.Equal("hour", good.Inputs.GetString("messageRetentionPeriodUnit"));
        Assert.Equal("minute", good.Inputs.GetString("dataKeyReusePeriodUnit"));
        Assert.Equal("must be one of second, minute, hour, day, got 'week'", ReasonFor(bad, "messageRetentionPeriodUnit"));
        Assert.Equal("must be one of minute, hour, got 'day'", ReasonFor(bad, "dataKeyReusePeriodUnit"));
    }

    [Fact]
    public async Task Descriptions_are_at_most_100_characters()
    {
        var ok = await CheckAsync(Valid(("description", new string('d', 100))));
        var tooLong = await CheckAsync(Valid(("description", new string('d', 101))));

        Assert.Empty(ok.Failures);
        Assert.StartsWith("must be 0 to 100 characters long", ReasonFor(tooLong, "description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowed_addresses_are_a_sorted_set_of_valid_addresses()
    {
        var good = await CheckAsync(Valid(("allowedIpAddresses", List("10.0.0.0/24", "1.2.3.4", "1.2.3.4"))));
        var bad = await CheckAsync(Valid(("allowedIpAddresses", List("1.2.3.4", "300.1.1.1"))));

        Assert.Equal(List("1.2.3.4", "10.0.0.0/24"), good.Inputs["allowedIpAddresses"]);
        Assert.Contains("IPv4 address", ReasonFor(bad, "allowedIpAddresses[1]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Encryption_needs_the_key_id_and_name()
    {
        var result = await CheckAsync(Valid(("encryption", Object(("kmsId", "kms-1")))));

        Assert.Contains(result.Failures, failure => failure.Property == "encryption.kmsName");
    }
}
