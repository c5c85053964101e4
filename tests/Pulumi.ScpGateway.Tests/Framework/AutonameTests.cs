using System.Text.RegularExpressions;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class AutonameTests
{
    private static readonly PropertyMap Region = Map(("region", "kr-west1"));
    private readonly TestRegistry _test = new();

    private async Task<string> NameFor(string logicalName, string seed, PropertyMap? olds = null, Autonaming? autonaming = null)
    {
        var result = await _test.CheckAsync(GatewayToken, olds ?? PropertyMap.Empty, Region, seed, autonaming, logicalName);
        Assert.Empty(result.Failures);
        return result.Inputs.GetString("name");
    }

    [Fact]
    public async Task A_missing_name_is_the_logical_name_and_seven_random_characters()
    {
        var name = await NameFor("My_Orders.API", "seed-1");

        Assert.Matches(new Regex("^myordersapi-[a-z0-9]{7}$"), name);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_name_and_another_seed_another()
    {
        var first = await NameFor("orders", "seed-1");
        var again = await NameFor("orders", "seed-1");
        var other = await NameFor("orders", "seed-2");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task A_long_logical_name_is_cut_to_fit_the_maximum_length()
    {
        var name = await NameFor("a-very-long-logical-name-that-goes-on-and-on-and-on-forever", "seed");

        // Cut to 42 characters so the dash and random part fit in 50, then the dangling dash dropped.
        Assert.Matches(new Regex("^a-very-long-logical-name-that-goes-on-and-[a-z0-9]{7}$"), name);
    }

    [Fact]
    public async Task The_alphanumeric_style_has_no_dash_and_a_true_flag_adds_its_suffix()
    {
        var plain = await _test.CheckAsync(TubeToken, PropertyMap.Empty, PropertyMap.Empty, name: "work-queue");
        var fifo = await _test.CheckAsync(TubeToken, PropertyMap.Empty, Map(("fifo", true)), name: "work-queue");

        Assert.Matches(new Regex("^workqueue[a-z0-9]{7}$"), plain.Inputs.GetString("name"));
        var fifoName = fifo.Inputs.GetString("name");
        // 20 at most: the logical name gives way to the random part and the suffix.
        Assert.Matches(new Regex(@"^workqueu[a-z0-9]{7}\.fifo$"), fifoName);
    }

    [Fact]
    public async Task While_the_suffix_flag_is_unknown_the_name_is_unknown()
    {
        var result = await _test.CheckAsync(TubeToken, PropertyMap.Empty, Map(("fifo", PropertyValue.Unknown)));

        Assert.True(result.Inputs["name"].IsComputed);
    }

    [Fact]
    public async Task An_update_without_a_name_keeps_the_old_name()
    {
        var name = await NameFor("orders", "another-seed", olds: Region.With("name", "orders-abc1234"));

        Assert.Equal("orders-abc1234", name);
    }

    [Fact]
    public async Task A_kept_name_must_still_fit_the_suffix_rule()
    {
        var result = await _test.CheckAsync(TubeToken, Map(("name", "workabc1234"), ("fifo", false)), Map(("fifo", true)), name: "work");

        Assert.EndsWith(".fifo", result.Inputs.GetString("name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_name_is_used_as_written()
    {
        var result = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region.With("name", "exact-name"));

        Assert.Equal("exact-name", result.Inputs.GetString("name"));
    }

    [Fact]
    public async Task The_engine_can_propose_enforce_or_disable_names()
    {
        var proposed = await NameFor("orders", "seed", autonaming: new Autonaming("team-orders", AutonamingMode.Propose));
        var enforced = await NameFor("orders", "seed", olds: Region.With("name", "old-name"), autonaming: new Autonaming("team-orders-2", AutonamingMode.Enforce));
        var disabled = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region, autonaming: new Autonaming("", AutonamingMode.Disable));
        var invalid = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region, autonaming: new Autonaming("Team_Orders", AutonamingMode.Enforce));

        Assert.Equal("team-orders", proposed);
        Assert.Equal("team-orders-2", enforced);
        Assert.Equal("is required: autonaming is disabled for this resource", Assert.Single(disabled.Failures).Reason);
        Assert.Equal("name", Assert.Single(invalid.Failures).Property);
    }
}
