using Pulumi.ScpGateway.Provider.Resources;

namespace Pulumi.ScpGateway.Tests.Resources;

public class ReadBackTests
{
    [Fact]
    public void A_comma_joined_set_reads_as_its_items_sorted_without_duplicates()
    {
        var read = ReadBack.Set(["X-Two,X-One", "X-One"], null);

        Assert.Equal(["X-One", "X-Two"], read);
    }

    [Fact]
    public void An_empty_set_reads_as_unset_unless_the_program_wrote_an_empty_list()
    {
        Assert.Null(ReadBack.Set([], null));
        Assert.Null(ReadBack.Set(null, ["a"]));
        Assert.Equal([], ReadBack.Set(null, []));
    }

    [Fact]
    public void An_empty_description_reads_as_unset_unless_the_program_wrote_an_empty_one()
    {
        Assert.Null(ReadBack.Description("", null));
        Assert.Null(ReadBack.Description(null, "old"));
        Assert.Equal("", ReadBack.Description("", ""));
        Assert.Equal("now", ReadBack.Description("now", "old"));
    }

    [Fact]
    public void Sets_are_the_same_whatever_their_order_or_spelling()
    {
        Assert.True(ReadBack.SameSet(["b,a"], ["a", "b"]));
        Assert.True(ReadBack.SameSet(null, []));
        Assert.False(ReadBack.SameSet(["a"], ["a", "b"]));
    }
}
