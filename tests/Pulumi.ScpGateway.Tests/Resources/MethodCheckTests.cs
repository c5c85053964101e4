using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class MethodCheckTests
{
    private static Task<CheckResult> Check(params (string Key, PropertyValue Value)[] entries) =>
        CheckAsync("Method", Map([("apiId", "api-1"), ("resourceId", "res-1"), ("methodType", "get"), .. entries]));

    [Fact]
    public async Task An_http_method_with_an_endpoint_passes_with_defaults_and_upper_cased_enums()
    {
        var result = await Check(("integrationType", "http"), ("endpointUrl", "https://backend.example.com/orders"));

        Assert.Empty(result.Failures);
        Assert.Equal("GET", result.Inputs.GetString("methodType"));
        Assert.Equal("HTTP", result.Inputs.GetString("integrationType"));
        Assert.True(result.Inputs.TryGetBool("apiKeyRequired", out var apiKeyRequired));
        Assert.False(apiKeyRequired);
    }

    [Theory]
    [InlineData("HTTP")]
    [InlineData("PRIVATELINK")]
    public async Task Http_and_privatelink_need_an_endpoint_url(string integrationType)
    {
        var result = await Check(("integrationType", integrationType), ("privatelinkEndpointId", "ple-1"));

        Assert.StartsWith($"is required when integrationType is {integrationType}", ReasonFor(result, "endpointUrl"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backend/orders")]
    [InlineData("ftp://backend.example.com")]
    [InlineData("/orders")]
    public async Task The_endpoint_url_must_be_an_absolute_http_url(string url)
    {
        var result = await Check(("integrationType", "HTTP"), ("endpointUrl", url));

        Assert.Contains("must be an absolute http:// or https:// URL", ReasonFor(result, "endpointUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scf_needs_a_function_id()
    {
        var missing = await Check(("integrationType", "SCF"));
        var given = await Check(("integrationType", "SCF"), ("functionId", "fn-1"));

        Assert.Equal("is required when integrationType is SCF (the Cloud Function's id)", ReasonFor(missing, "functionId"));
        Assert.Empty(given.Failures);
    }

    [Fact]
    public async Task Privatelink_needs_an_endpoint_id()
    {
        var result = await Check(("integrationType", "PRIVATELINK"), ("endpointUrl", "http://10.0.0.5:8080"));

        Assert.Equal("is required when integrationType is PRIVATELINK (the PrivateLink endpoint's id)", ReasonFor(result, "privatelinkEndpointId"));
    }

    [Fact]
    public async Task Unknown_integration_inputs_are_not_judged()
    {
        var unknownType = await Check(("integrationType", PropertyValue.Computed()));
        var unknownUrl = await Check(("integrationType", "HTTP"), ("endpointUrl", PropertyValue.Computed()));

        Assert.Empty(unknownType.Failures);
        Assert.Empty(unknownUrl.Failures);
    }

    [Fact]
    public async Task Method_and_integration_types_outside_the_lists_are_refused()
    {
        var result = await CheckAsync("Method", Map(("apiId", "api-1"), ("resourceId", "res-1"), ("methodType", "TRACE"), ("integrationType", "LAMBDA")));

        Assert.Equal("must be one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, ANY, got 'TRACE'", ReasonFor(result, "methodType"));
        Assert.Equal("must be one of HTTP, SCF, PRIVATELINK, got 'LAMBDA'", ReasonFor(result, "integrationType"));
    }

    [Fact]
    public async Task Query_strings_and_headers_are_maps_of_booleans()
    {
        var good = await Check(("integrationType", "SCF"), ("functionId", "fn-1"), ("queryStrings", PropertyValue.FromObject(Map(("page", true)))));
        var bad = await Check(("integrationType", "SCF"), ("functionId", "fn-1"), ("requestHeaders", PropertyValue.FromObject(Map(("x-trace", "yes")))));

        Assert.Empty(good.Failures);
        Assert.True(good.Inputs["queryStrings"].AsObject.TryGetBool("page", out var required) && required);
        Assert.Contains(bad.Failures, failure => failure.Property.StartsWith("requestHeaders", StringComparison.Ordinal));
    }
}
