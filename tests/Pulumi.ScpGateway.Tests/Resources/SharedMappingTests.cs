using Pulumi.ScpGateway.Provider.Resources;

namespace Pulumi.ScpGateway.Tests.Resources;

public class SharedMappingTests
{
    [Fact]
    public void Comma_joined_lists_from_SCP_are_split_into_their_values()
    {
        Assert.Equal(["10.0.0.1", "10.0.0.0/24", "10.0.0.9"], ScpStringList.Split(["10.0.0.1, 10.0.0.0/24", "10.0.0.9"]));
        Assert.Null(ScpStringList.Split([]));
        Assert.Null(ScpStringList.Split(null));
    }

    [Fact]
    public void Tag_maps_become_key_value_lists_sorted_by_key()
    {
        var tags = ScpTagList.From(new Dictionary<string, string> { ["team"] = "ops", ["env"] = "dev" });

        Assert.Equal(["env=dev", "team=ops"], tags!.Select(tag => $"{tag.Key}={tag.Value}"));
        Assert.Null(ScpTagList.From(new Dictionary<string, string>()));
    }
}
