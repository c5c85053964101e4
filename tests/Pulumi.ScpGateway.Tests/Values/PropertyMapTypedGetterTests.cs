using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Values;

public class PropertyMapTypedGetterTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(3.0, 3)]
    [InlineData(-2147483648.0, int.MinValue)]
    [InlineData(2147483647.0, int.MaxValue)]
    public void GetInt32_converts_whole_numbers_in_range(double number, int expected)
    {
        Assert.Equal(expected, Map("limit", number).GetInt32("limit"));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(1099511627776.0)] // 2^40
    [InlineData(2147483648.0)]
    [InlineData(-2147483649.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void GetInt32_rejects_fractions_and_out_of_range_numbers_naming_the_property(double number)
    {
        var error = Assert.Throws<PropertyValueException>(() => Map("throttleLimit", number).GetInt32("throttleLimit"));

        Assert.Equal("throttleLimit", error.Path);
        Assert.Contains("whole number", error.Reason);
    }

    [Fact]
    public void TryGetInt64_takes_large_exact_integers_but_not_two_to_the_63()
    {
        Assert.True(Map("n", 9007199254740992.0).TryGetInt64("n", out var large));
        Assert.Equal(9007199254740992L, large);
        Assert.Throws<PropertyValueException>(() => Map("n", 9223372036854775808.0).TryGetInt64("n", out _));
    }

    [Fact]
    public void GetInt32_of_a_missing_property_says_it_is_required()
    {
        var error = Assert.Throws<PropertyValueException>(() => PropertyMap.Empty.GetInt32("quota"));

        Assert.Equal("quota", error.Path);
        Assert.Equal("is required", error.Reason);
    }

    [Fact]
    public void TryGetString_looks_through_secrets_and_skips_missing_null_and_unknown()
    {
        var map = new PropertyMap(new Dictionary<string, PropertyValue>
        {
            ["secret"] = PropertyValue.MakeSecret("hunter2"),
            ["null"] = PropertyValue.Null,
            ["unknown"] = PropertyValue.Unknown,
        });

        Assert.True(map.TryGetString("secret", out var value));
        Assert.Equal("hunter2", value);
        Assert.False(map.TryGetString("null", out _));
        Assert.False(map.TryGetString("unknown", out _));
        Assert.False(map.TryGetString("missing", out _));
    }

    [Fact]
    public void A_wrong_type_is_an_error_naming_the_property_without_its_value()
    {
        var map = Map("name", PropertyValue.MakeSecret(PropertyValue.FromArray("hunter2")));

        var error = Assert.Throws<PropertyValueException>(() => map.TryGetString("name", out _));

        Assert.Equal("name", error.Path);
        Assert.Contains("must be a string", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    private static PropertyMap Map(string key, PropertyValue value) => new([new(key, value)]);
}
