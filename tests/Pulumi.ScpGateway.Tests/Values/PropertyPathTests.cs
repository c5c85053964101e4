using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Values;

public class PropertyPathTests
{
    [Theory]
    [InlineData("", "name", "name")]
    [InlineData("stages", "name", "stages.name")]
    [InlineData("tags", "team.owner", "tags[\"team.owner\"]")]
    [InlineData("", "x y", "[\"x y\"]")]
    public void Keys_are_joined_in_pulumi_path_notation(string parent, string key, string expected)
    {
        Assert.Equal(expected, PropertyPath.Property(parent, key));
    }

    [Fact]
    public void Indexes_use_brackets()
    {
        Assert.Equal("origins[2]", PropertyPath.Index("origins", 2));
    }
}
