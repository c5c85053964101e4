using Pulumi.ScpGateway.Provider.Configuration;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Config.ConfigMaps;

namespace Pulumi.ScpGateway.Tests.Config;

public class ProviderConfigDiffTests
{
    [Fact]
    public void A_region_change_replaces()
    {
        var diff = ProviderConfigSchema.Declared.Diff(Of(("region", "kr-west1")), Of(("region", "kr-east1")));

        Assert.True(diff.HasChanges);
        Assert.Equal(["region"], diff.Replaces);
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["region"]);
    }

    [Fact]
    public void Setting_an_environment_other_than_the_default_replaces()
    {
        var diff = ProviderConfigSchema.Declared.Diff(Of(), Of(("environment", "s")));

        Assert.Equal(["environment"], diff.Replaces);
        // Absent counts as the default ("e"), so this changes the value.
        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["environment"]);
    }

    [Fact]
    public void Credential_endpoint_and_retry_changes_update_in_place()
    {
        var diff = ProviderConfigSchema.Declared.Diff(
            Of(("accessKey", PropertyValue.MakeSecret("old")), ("apiGatewayEndpoint", "http://127.0.0.1:1"), ("maxRetries", 3.0)),
            Of(("accessKey", PropertyValue.MakeSecret("new")), ("maxRetries", 4.0)));

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["accessKey"]);
        Assert.Equal(PropertyDiffKind.Delete, diff.DetailedDiff["apiGatewayEndpoint"]);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["maxRetries"]);
        Assert.Equal(3, diff.DetailedDiff.Count);
    }

    [Fact]
    public void Absent_and_default_are_the_same_and_text_integers_equal_numbers()
    {
        var diff = ProviderConfigSchema.Declared.Diff(
            Of(("maxRetries", "3")),
            Of(("region", "kr-west1"), ("environment", "e"), ("maxRetries", 3.0), ("requestTimeoutSeconds", "60"), ("language", "")));

        Assert.False(diff.HasChanges);
        Assert.Empty(diff.DetailedDiff);
    }

    [Fact]
    public void Making_a_value_secret_is_no_change()
    {
        var diff = ProviderConfigSchema.Declared.Diff(Of(("accessKey", "a")), Of(("accessKey", PropertyValue.MakeSecret("a"))));

        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void A_region_not_known_yet_is_reported_as_a_replacing_change()
    {
        var diff = ProviderConfigSchema.Declared.Diff(Of(("region", "kr-west1")), Of(("region", PropertyValue.Unknown)));

        Assert.Equal(["region"], diff.Replaces);
    }
}
