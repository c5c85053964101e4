using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class DiffTests
{
    private static readonly PropertyMap Base = Map(("name", "orders"), ("region", "kr-west1"), ("endpointType", "REGION"));
    private readonly TestRegistry _test = new();

    private Task<DiffResult> Diff(PropertyMap olds, PropertyMap news, PropertyMap? oldInputs = null, params string[] ignoreChanges) =>
        _test.DiffAsync(GatewayToken, olds, news, oldInputs, ignoreChanges);

    [Fact]
    public async Task Identical_inputs_show_no_changes()
    {
        var diff = await Diff(Base, Base);

        Assert.Equal(DiffChanges.None, diff.Changes);
        Assert.Empty(diff.DetailedDiff);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task Each_kind_of_change_is_reported_with_replacement_where_declared()
    {
        var olds = Base.With("description", "old").With("tags", Object(("env", "dev"))).With("limit", 5.0);
        var news = Base.With("name", "orders-2").With("description", "new").With("weight", 0.5).With("endpointType", "PRIVATE").Without("tags").Without("limit");

        var diff = await Diff(olds, news);

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["name"]);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["description"]);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["weight"]);
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["endpointType"]);
        Assert.Equal(PropertyDiffKind.DeleteReplace, diff.DetailedDiff["tags"]);
        Assert.Equal(PropertyDiffKind.Delete, diff.DetailedDiff["limit"]);
        Assert.Equal(["name", "endpointType", "tags"], diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);
    }

    [Fact]
    public async Task Adding_a_replacing_property_is_add_replace()
    {
        var diff = await Diff(Base, Base.With("tags", Object(("env", "dev"))));

        Assert.Equal(PropertyDiffKind.AddReplace, diff.DetailedDiff["tags"]);
    }

    [Fact]
    public async Task Sets_compare_without_order()
    {
        var diff = await Diff(Base.With("allowedIpAddresses", List("1.1.1.1", "2.2.2.2")), Base.With("allowedIpAddresses", List("2.2.2.2", "1.1.1.1", "1.1.1.1")));
        var changed = await Diff(Base.With("allowedIpAddresses", List("1.1.1.1")), Base.With("allowedIpAddresses", List("2.2.2.2")));

        Assert.Empty(diff.DetailedDiff);
        Assert.Equal(PropertyDiffKind.Update, changed.DetailedDiff["allowedIpAddresses"]);
    }

    [Fact]
    public async Task Null_empty_and_missing_are_the_same_and_so_are_missing_and_default()
    {
        var diff = await Diff(
            Base.With("description", "").With("allowedIpAddresses", PropertyValue.FromArray()).With("enabled", false),
            Base.With("description", PropertyValue.Null).Without("endpointType"));

        Assert.Empty(diff.DetailedDiff);
    }

    [Fact]
    public async Task Secret_wrapping_alone_is_no_change()
    {
        var diff = await Diff(Base.With("password", "pw"), Base.With("password", PropertyValue.MakeSecret("pw")));

        Assert.Empty(diff.DetailedDiff);
    }

    [Fact]
    public async Task Unknown_new_values_are_changes_and_replace_where_declared()
    {
        var diff = await Diff(Base.With("description", "d"), Base.With("description", PropertyValue.Unknown).With("name", PropertyValue.Unknown));

        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["description"]);
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["name"]);
        Assert.Equal(["name"], diff.Replaces);
    }

    [Fact]
    public async Task Old_inputs_are_preferred_to_old_outputs()
    {
        var outputs = Base.With("description", "as SCP reports it").With("status", "Active");

        var diff = await Diff(outputs, Base, oldInputs: Base);

        Assert.Empty(diff.DetailedDiff);
        Assert.Equal(PropertyDiffKind.Delete, (await Diff(outputs, Base)).DetailedDiff["description"]);
    }

    [Fact]
    public async Task Not_readable_inputs_compare_like_any_other()
    {
        var withTags = Base.With("tags", Object(("env", "dev")));

        var carriedOver = await Diff(withTags, withTags, oldInputs: withTags);
        var changed = await Diff(withTags, withTags.With("tags", Object(("env", "prod"))), oldInputs: withTags);

        Assert.Empty(carriedOver.DetailedDiff);
        Assert.Equal(PropertyDiffKind.UpdateReplace, changed.DetailedDiff["tags"]);
    }

    [Fact]
    public async Task Ignored_changes_are_left_out_whole_or_by_key()
    {
        var olds = Base.With("description", "a").With("headers", Object(("x-a", true), ("x-b", true)));
        var news = Base.With("description", "b").With("headers", Object(("x-a", false), ("x-b", true)));

        var wholeIgnored = await Diff(olds, news, null, "description", "headers");
        var keyIgnored = await Diff(olds, news, null, "headers[\"x-a\"]");
        var otherKeyIgnored = await Diff(olds, news, null, "headers.x-b");

        Assert.Empty(wholeIgnored.DetailedDiff);
        Assert.Equal(["description"], keyIgnored.Diffs);
        Assert.Equal(["description", "headers"], otherKeyIgnored.Diffs);
    }

    [Fact]
    public async Task Nested_objects_compare_by_value()
    {
        var olds = Base.With("encryption", Object(("kmsId", "k1"), ("kmsName", "")));
        var same = await Diff(olds, Base.With("encryption", Object(("kmsId", "k1"))));
        var changed = await Diff(olds, Base.With("encryption", Object(("kmsId", "k2"))));

        Assert.Empty(same.DetailedDiff);
        Assert.Equal(PropertyDiffKind.Update, changed.DetailedDiff["encryption"]);
    }
}
