using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Values;

public class PropertyValueTests
{
    [Fact]
    public void Equality_is_deep_and_ignores_map_order()
    {
        var first = Map(("tags", PropertyValue.FromArray("a", "b")), ("limit", 3.0), ("secret", PropertyValue.MakeSecret("x")));
        var second = Map(("secret", PropertyValue.MakeSecret("x")), ("limit", 3.0), ("tags", PropertyValue.FromArray("a", "b")));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(PropertyValue.FromObject(first), PropertyValue.FromObject(second));
    }

    [Fact]
    public void A_difference_deep_inside_makes_values_unequal()
    {
        var first = PropertyValue.FromObject(Map(("tags", PropertyValue.FromArray("a", "b"))));
        var second = PropertyValue.FromObject(Map(("tags", PropertyValue.FromArray("a", "c"))));

        Assert.NotEqual(first, second);
        Assert.NotEqual(PropertyValue.Computed(UnknownKind.Number), PropertyValue.Computed(UnknownKind.Bool));
        Assert.NotEqual(PropertyValue.MakeSecret("a"), PropertyValue.FromString("a"));
    }

    [Fact]
    public void ToString_shows_structure_but_never_secret_contents()
    {
        var map = Map(
            ("name", "orders"),
            ("keys", PropertyValue.FromArray(PropertyValue.MakeSecret("hunter2"))),
            ("token", PropertyValue.FromOutput(new OutputValue("s3cr3t-output", isSecret: true))),
            ("size", PropertyValue.Computed(UnknownKind.Number)));

        var text = map.ToString();

        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("s3cr3t-output", text);
        Assert.Contains("\"orders\"", text);
        Assert.Contains("[secret]", text);
        Assert.Contains("[unknown number]", text);
    }

    [Fact]
    public void Secrets_can_be_unwrapped_at_any_depth_and_wrapped_by_name()
    {
        var map = Map(("outer", PropertyValue.FromObject(Map(("inner", PropertyValue.FromArray(PropertyValue.MakeSecret("x")))))), ("plain", "y"));

        var unwrapped = map.UnwrapSecrets();
        var wrapped = unwrapped.WrapSecrets(["plain", "absent"]);

        Assert.False(unwrapped.ContainsSecrets());
        Assert.Equal(PropertyValue.FromArray("x"), unwrapped["outer"].AsObject["inner"]);
        Assert.True(wrapped.IsSecret("plain"));
        Assert.False(wrapped.IsSecret("outer"));
        Assert.False(wrapped.ContainsKey("absent"));
    }

    [Fact]
    public void Wrapping_a_secret_again_changes_nothing()
    {
        var secret = PropertyValue.MakeSecret("x");

        Assert.Equal(secret, PropertyValue.MakeSecret(secret));
        Assert.Equal(PropertyValue.FromString("x"), PropertyValue.MakeSecret(secret).SecretValue);
    }

    [Fact]
    public void Unknowns_are_found_at_any_depth_including_inside_secrets()
    {
        var map = Map(("a", PropertyValue.FromObject(Map(("b", PropertyValue.MakeSecret(PropertyValue.FromArray(PropertyValue.Unknown)))))));

        Assert.True(map.ContainsUnknowns());
        Assert.False(Map(("a", "b")).ContainsUnknowns());
    }

    private static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));
}
