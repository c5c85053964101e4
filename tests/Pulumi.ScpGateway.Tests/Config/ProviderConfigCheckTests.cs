using Pulumi.ScpGateway.Provider.Configuration;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Config.ConfigMaps;

namespace Pulumi.ScpGateway.Tests.Config;

public class ProviderConfigCheckTests
{
    [Fact]
    public void An_unknown_key_fails_naming_it_and_listing_the_valid_keys()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(("regoin", "kr-west1")));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("regoin", failure.Property);
        Assert.Contains("unknown configuration key 'regoin'", failure.Reason);
        Assert.Contains("region", failure.Reason);
        Assert.Contains("requestTimeoutSeconds", failure.Reason);
    }

    [Fact]
    public void A_value_the_user_made_secret_is_not_quoted_in_its_failure()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(("region", PropertyValue.MakeSecret("Region-Kept-Private")), ("language", PropertyValue.MakeSecret("xx-Private"))));

        Assert.Equal(["language", "region"], result.Failures.Select(failure => failure.Property).Order());
        Assert.All(result.Failures, failure => Assert.DoesNotContain("Private", failure.Reason));
        Assert.Equal("region must be a region name such as kr-west1", result.Failures.Single(failure => failure.Property == "region").Reason);
    }

    [Fact]
    public void Absent_keys_stay_absent_so_that_the_environment_or_scpconf_can_still_supply_them()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(("language", "ko-KR")));

        Assert.Empty(result.Failures);
        Assert.Equal(["language"], result.Inputs.Select(entry => entry.Key));
    }

    [Fact]
    public void Keys_the_engine_adds_are_accepted_unchanged()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(("version", "0.1.0")));

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.FromString("0.1.0"), result.Inputs["version"]);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3.5")]
    [InlineData("99")]
    public void A_bad_integer_fails_naming_the_key(string value)
    {
        var failure = Assert.Single(ProviderConfigSchema.Declared.Check(Of(("maxRetries", value))).Failures);

        Assert.Equal("maxRetries", failure.Property);
        Assert.StartsWith("maxRetries must be a whole number", failure.Reason);
    }

    [Fact]
    public void Integers_given_as_text_or_numbers_are_normalised_to_numbers()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(("maxRetries", "3"), ("requestTimeoutSeconds", 120.0)));

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.FromNumber(3), result.Inputs["maxRetries"]);
        Assert.Equal(PropertyValue.FromNumber(120), result.Inputs["requestTimeoutSeconds"]);
    }

    [Fact]
    public void A_fractional_number_for_an_integer_key_fails()
    {
        var failure = Assert.Single(ProviderConfigSchema.Declared.Check(Of(("requestTimeoutSeconds", 1.5))).Failures);

        Assert.Equal("requestTimeoutSeconds", failure.Property);
    }

    [Theory]
    [InlineData("language", "de-DE")]
    [InlineData("environment", "prod")]
    [InlineData("apiGatewayEndpoint", "not a url")]
    public void Validation_rules_fail_naming_the_key(string key, string value)
    {
        Assert.Equal(key, Assert.Single(ProviderConfigSchema.Declared.Check(Of((key, value))).Failures).Property);
    }

    [Fact]
    public void A_structured_value_for_a_string_key_fails()
    {
        var failure = Assert.Single(ProviderConfigSchema.Declared.Check(Of(("region", PropertyValue.FromArray("kr-west1")))).Failures);

        Assert.Equal("region must be a string, not a list", failure.Reason);
    }

    [Fact]
    public void Unknown_values_are_not_checked_and_pass_through()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(("maxRetries", PropertyValue.Computed(UnknownKind.Number)), ("region", PropertyValue.Unknown)));

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.Computed(UnknownKind.Number), result.Inputs["maxRetries"]);
        Assert.True(result.Inputs["region"].IsComputed);
    }

    [Fact]
    public void Secrets_stay_wrapped_and_credentials_become_secret_even_if_given_plain()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(
            ("accessKey", "AK-PLAIN"),
            ("secretKey", PropertyValue.MakeSecret("sk-1")),
            ("accountId", PropertyValue.MakeSecret("acc-1")),
            ("region", "kr-east1")));

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.MakeSecret("AK-PLAIN"), result.Inputs["accessKey"]);
        Assert.Equal(PropertyValue.MakeSecret("sk-1"), result.Inputs["secretKey"]);
        Assert.Equal(PropertyValue.MakeSecret("acc-1"), result.Inputs["accountId"]);
        Assert.Equal(PropertyValue.FromString("kr-east1"), result.Inputs["region"]);
    }

    [Fact]
    public void Failures_never_quote_a_secret_value()
    {
        var result = ProviderConfigSchema.Declared.Check(Of(
            ("secretKey", PropertyValue.MakeSecret(PropertyValue.FromObject(Of(("k", "sk-NEVER-SHOWN")))))));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("secretKey", failure.Property);
        Assert.DoesNotContain("sk-NEVER-SHOWN", failure.Reason);
    }
}
