using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

/// <summary>
/// Lists, arrays and maps are built without MakeGenericType (Native AOT); each collection shape a
/// record may declare reads and writes back the same values, and the ones the framework cannot
/// build are refused when the declaration is read, not on some later call.
/// </summary>
public class CollectionTypeTests
{
    [Fact]
    public void Lists_arrays_and_maps_of_scalars_and_records_read_and_write_back_unchanged()
    {
        var map = Map(
            ("counts", PropertyValue.FromArray(PropertyValue.FromNumber(3), PropertyValue.FromNumber(1))),
            ("sizes", PropertyValue.FromArray(PropertyValue.FromNumber(5_000_000_000))),
            ("ratios", Object(("a", 0.5))),
            ("keys", PropertyValue.FromArray(Object(("kmsId", "k1")), Object(("kmsId", "k2")))),
            ("keysByName", Object(("main", Object(("kmsId", "k3"))))));

        var read = ObjectReader.Read<CollectionRecord>(map);

        Assert.Equal([3, 1], read.Counts!);
        Assert.Equal([5_000_000_000L], read.Sizes);
        Assert.Equal(0.5, read.Ratios!["a"]);
        Assert.Equal(["k1", "k2"], read.Keys!.Select(key => key.KmsId));
        Assert.Equal("k3", read.KeysByName!["main"].KmsId);
        Assert.Equal(map, ObjectWriter.Write(ObjectShape.Of<CollectionRecord>(), read));
    }

    [Fact]
    public void A_nested_record_without_ObjectType_is_refused_saying_what_to_add()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ObjectShape.Of<UnmarkedNesting>());

        Assert.Contains("UnmarkedNesting.Inner", error.Message, StringComparison.Ordinal);
        Assert.Contains("[ObjectType(name, description)]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_lists_is_refused_when_the_declaration_is_read()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ObjectShape.Of<ListOfLists>());

        Assert.Contains("ListOfLists.Rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("not other lists or maps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_keep_source_order_with_the_base_records_first()
    {
        Assert.Equal(
            ["name", "region", "tags", "ipAddress", "gatewayId"],
            ObjectShape.Of<OrderedState>().Properties.Select(property => property.Name));
    }

    public record CollectionRecord
    {
        [Input("counts", "Ints as an array.")]
        public int[]? Counts { get; init; }

        [Input("sizes", "Longs as a list.")]
        public IReadOnlyList<long>? Sizes { get; init; }

        [Input("ratios", "Doubles by name.")]
        public IReadOnlyDictionary<string, double>? Ratios { get; init; }

        [Input("keys", "Records as a list.")]
        public IReadOnlyList<GatewayEncryption>? Keys { get; init; }

        [Input("keysByName", "Records by name.")]
        public IDictionary<string, GatewayEncryption>? KeysByName { get; init; }
    }

    public record Unmarked
    {
        [Input("value", "A value.")]
        public string? Value { get; init; }
    }

    public record UnmarkedNesting
    {
        [Input("inner", "A record that does not say it is a nested type.")]
        public Unmarked? Inner { get; init; }
    }

    public record ListOfLists
    {
        [Input("rows", "Rows of cells.")]
        public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }
    }

    public record OrderedArgs
    {
        [Input("name", "Declared first.")]
        public string? Name { get; init; }

        [Input("region", "Declared second.")]
        public string? Region { get; init; }

        [Input("tags", "Declared third.")]
        public IReadOnlyDictionary<string, string>? Tags { get; init; }
    }

    public record OrderedState : OrderedArgs
    {
        [Output("ipAddress", "Declared first in the derived record.")]
        public string? IpAddress { get; init; }

        [Output("gatewayId", "Declared second, though it sorts before ipAddress by name.")]
        public string? GatewayId { get; init; }
    }
}
