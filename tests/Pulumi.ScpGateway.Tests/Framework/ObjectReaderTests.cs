using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class ObjectReaderTests
{
    [Fact]
    public void An_unknown_element_of_a_boolean_map_reads_as_false_during_previews()
    {
        var args = ObjectReader.Read<GatewayArgs>(Map(("headers", Object(("x-id", PropertyValue.Unknown), ("x-ok", true)))));

        Assert.Equal(new Dictionary<string, bool> { ["x-id"] = false, ["x-ok"] = true }, args.Headers);
    }

    [Fact]
    public void A_null_element_is_refused_naming_the_element()
    {
        var error = Assert.Throws<PropertyValueException>(() => ObjectReader.Read<GatewayArgs>(
            Map(("headers", Object(("x-id", PropertyValue.Null))), ("allowedIpAddresses", PropertyValue.FromArray(PropertyValue.Null)))));

        Assert.Contains(error.Path, new[] { "headers.x-id", "allowedIpAddresses[0]" });
        Assert.EndsWith("not null", error.Reason, StringComparison.Ordinal);
    }
}
