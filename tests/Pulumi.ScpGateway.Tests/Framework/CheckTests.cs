using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class CheckTests
{
    private readonly TestRegistry _test = new();

    private Task<CheckResult> Check(params (string Key, PropertyValue Value)[] news) =>
        _test.CheckAsync(GatewayToken, PropertyMap.Empty, Map([("region", "kr-west1"), .. news]));

    private static string ReasonFor(CheckResult result, string property) =>
        Assert.Single(result.Failures, failure => failure.Property == property).Reason;

    [Fact]
    public async Task Defaults_are_filled_in_and_valid_inputs_pass()
    {
        var result = await Check(("name", "orders"));

        Assert.Empty(result.Failures);
        Assert.Equal("REGION", result.Inputs.GetString("endpointType"));
        Assert.True(result.Inputs.TryGetBool("enabled", out var enabled));
        Assert.False(enabled);
        Assert.Equal("orders", result.Inputs.GetString("name"));
    }

    [Fact]
    public async Task Enums_declared_upper_case_are_normalised_and_then_validated()
    {
        var good = await Check(("endpointType", "private"));
        var bad = await Check(("endpointType", "public"));

        Assert.Equal("PRIVATE", good.Inputs.GetString("endpointType"));
        Assert.Equal("must be one of REGION, PRIVATE, got 'public'", ReasonFor(bad, "endpointType"));
    }

    [Fact]
    public async Task Sets_are_sorted_and_deduplicated_and_each_element_validated()
    {
        var good = await Check(("allowedIpAddresses", List("10.0.0.0/24", "1.2.3.4", "10.0.0.0/24")), ("methods", List("post", "get", "GET")));
        var bad = await Check(("allowedIpAddresses", List("1.2.3.4", "10.0.0.256", "10.0.0.0/33")));

        Assert.Equal(List("1.2.3.4", "10.0.0.0/24"), good.Inputs["allowedIpAddresses"]);
        Assert.Equal(List("GET", "POST"), good.Inputs["methods"]);
        Assert.Equal(["allowedIpAddresses[1]", "allowedIpAddresses[2]"], bad.Failures.Select(failure => failure.Property));
        Assert.Contains("IPv4 address", bad.Failures[0].Reason);
    }

    [Fact]
    public async Task Pattern_length_and_range_failures_name_the_property_and_the_rule()
    {
        var result = await Check(("name", "Bad_Name"), ("limit", 0.0));

        Assert.Equal("must be lower-case letters, digits and dashes, starting with a letter, got 'Bad_Name'", ReasonFor(result, "name"));
        Assert.Equal("must be between 1 and 2000000000, got 0", ReasonFor(result, "limit"));
        var tooLong = await Check(("name", new string('a', 51)));
        Assert.Contains(tooLong.Failures, failure => failure.Property == "name" && failure.Reason.StartsWith("must be 3 to 50 characters long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rule_can_carry_its_own_message()
    {
        var result = await _test.CheckAsync(RouteToken, PropertyMap.Empty,
            Map(("gatewayId", "gw-1"), ("pathPart", "{id}"), ("method", "GET"), ("integrationType", "SCF"), ("ttlDays", 1.0)));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("pathPart", failure.Property);
        Assert.Contains("('{id}' is refused: SCP needs at least three characters inside braces)", failure.Reason);
    }

    [Fact]
    public async Task Missing_required_inputs_are_each_reported()
    {
        var result = await _test.CheckAsync(RouteToken, PropertyMap.Empty, Map(("gatewayId", "gw-1")));

        Assert.Equal(["pathPart", "method", "integrationType", "ttlDays"], result.Failures.Select(failure => failure.Property));
        Assert.All(result.Failures, failure => Assert.Equal("is required", failure.Reason));
    }

    [Fact]
    public async Task Wrong_types_are_failures_not_exceptions()
    {
        var result = await Check(("description", 5.0), ("limit", 1.5), ("enabled", "yes"), ("tags", List("a")), ("headers", Object(("x-id", "true"))));

        Assert.Equal("must be a string, not a number", ReasonFor(result, "description"));
        Assert.Equal("must be a whole number, got 1.5", ReasonFor(result, "limit"));
        Assert.Equal("must be a boolean, not a string", ReasonFor(result, "enabled"));
        Assert.Equal("must be a map, not a list", ReasonFor(result, "tags"));
        Assert.Equal("must be a boolean, not a string: remove the quotes, write true instead of \"true\"", ReasonFor(result, "headers.x-id"));
    }

    [Fact]
    public async Task A_quoted_number_is_refused_with_the_fix_and_a_secret_one_without_its_value()
    {
        var plain = await Check(("limit", "1000"));
        var secret = await Check(("limit", PropertyValue.MakeSecret("1000")));

        Assert.Equal("must be a whole number, not a string: remove the quotes, write 1000 instead of \"1000\"", ReasonFor(plain, "limit"));
        Assert.Equal("must be a whole number, not a string: remove the quotes around the value", ReasonFor(secret, "limit"));
    }

    [Fact]
    public async Task Null_list_and_map_elements_are_failures_naming_the_element()
    {
        var result = await Check(("allowedIpAddresses", PropertyValue.FromArray("1.2.3.4", PropertyValue.Null)),
            ("headers", Object(("x-id", PropertyValue.Null), ("x-ok", true))));

        Assert.Equal("must be a string, not null", ReasonFor(result, "allowedIpAddresses[1]"));
        Assert.Equal("must be a boolean, not null", ReasonFor(result, "headers.x-id"));
    }

    [Fact]
    public async Task Long_values_are_cut_short_in_failure_texts()
    {
        var result = await Check(("endpointType", new string('x', 1_000_000)));

        var reason = ReasonFor(result, "endpointType");
        Assert.True(reason.Length < 200, $"{reason.Length} chars");
        Assert.EndsWith("... (1000000 characters)'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_too_big_for_an_int_is_refused()
    {
        var result = await Check(("limit", 3e10));

        Assert.Equal("must be a whole number, got 30000000000", ReasonFor(result, "limit"));
    }

    [Fact]
    public async Task Unknown_property_names_and_outputs_given_as_inputs_are_named()
    {
        var result = await Check(("nmae", "x"), ("status", "Active"));

        Assert.StartsWith("is not a property of GatewayArgs; its inputs are name, description,", ReasonFor(result, "nmae"));
        Assert.Equal("is an output and cannot be set", ReasonFor(result, "status"));
    }

    [Fact]
    public async Task Unknown_values_skip_their_rules_and_stay_unknown()
    {
        var result = await Check(("name", PropertyValue.Unknown), ("limit", PropertyValue.Computed(UnknownKind.Number)),
            ("allowedIpAddresses", PropertyValue.FromArray(PropertyValue.Unknown, "1.2.3.4")));

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs["name"].IsComputed);
        Assert.True(result.Inputs["limit"].IsComputed);
        Assert.True(result.Inputs["allowedIpAddresses"].ContainsUnknowns());
    }

    [Fact]
    public async Task Secrets_stay_wrapped_and_their_values_stay_out_of_failures()
    {
        var good = await Check(("password", PropertyValue.MakeSecret("hunter2")), ("description", PropertyValue.MakeSecret("internal")));
        var bad = await Check(("endpointType", PropertyValue.MakeSecret("hidden-value")));

        Assert.True(good.Inputs["password"].IsSecret);
        Assert.True((await Check(("password", "given in the clear"))).Inputs["password"].IsSecret);
        Assert.True(good.Inputs["description"].IsSecret);
        Assert.True(bad.Inputs["endpointType"].IsSecret);
        Assert.Equal("must be one of REGION, PRIVATE", ReasonFor(bad, "endpointType"));
        Assert.DoesNotContain(bad.Failures, failure => failure.Reason.Contains("HIDDEN", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Nested_objects_are_checked_property_by_property()
    {
        var result = await Check(("encryption", Object(("kmsName", "far-too-long-name"), ("extra", true))));

        Assert.Equal("is required", ReasonFor(result, "encryption.kmsId"));
        Assert.StartsWith("must be 1 to 10 characters long", ReasonFor(result, "encryption.kmsName"));
        Assert.StartsWith("is not a property of GatewayEncryption", ReasonFor(result, "encryption.extra"));
    }

    [Fact]
    public async Task Not_readable_inputs_are_required_only_for_new_resources()
    {
        var route = Map(("gatewayId", "gw-1"), ("pathPart", "users"), ("method", "GET"), ("integrationType", "SCF"));

        var created = await _test.CheckAsync(RouteToken, PropertyMap.Empty, route);
        var imported = await _test.CheckAsync(RouteToken, route, route);

        Assert.Equal(new CheckFailure("ttlDays", "is required"), Assert.Single(created.Failures));
        Assert.Empty(imported.Failures);
        Assert.False(imported.Inputs.ContainsKey("ttlDays"));
    }

    [Fact]
    public async Task An_input_of_an_enum_type_takes_its_values_in_any_case_and_refuses_others()
    {
        var route = Map(("gatewayId", "gw-1"), ("pathPart", "users"), ("method", "post"), ("integrationType", "SCF"), ("ttlDays", 1.0));

        var good = await _test.CheckAsync(RouteToken, PropertyMap.Empty, route);
        var bad = await _test.CheckAsync(RouteToken, PropertyMap.Empty, route.With("method", "PUT"));

        Assert.Empty(good.Failures);
        Assert.Equal("POST", good.Inputs.GetString("method"));
        // The values are those of the [EnumType] class RouteMethods.
        Assert.StartsWith("must be one of GET, POST", Assert.Single(bad.Failures, failure => failure.Property == "method").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cross_property_rules_run_after_the_declared_ones_and_skip_unknowns()
    {
        var route = Map(("gatewayId", "gw-1"), ("pathPart", "users"), ("method", "get"), ("integrationType", "http"), ("ttlDays", 1.0));

        var missing = await _test.CheckAsync(RouteToken, PropertyMap.Empty, route);
        var unknownUrl = await _test.CheckAsync(RouteToken, PropertyMap.Empty, route.With("endpointUrl", PropertyValue.Unknown));
        var relative = await _test.CheckAsync(RouteToken, PropertyMap.Empty, route.With("endpointUrl", "/local"));

        Assert.Equal(new CheckFailure("endpointUrl", "is required when integrationType is HTTP"), Assert.Single(missing.Failures));
        Assert.Empty(unknownUrl.Failures);
        Assert.Equal("must be an absolute http:// or https:// URL, got '/local'", Assert.Single(relative.Failures).Reason);
    }

    [Fact]
    public async Task Function_arguments_are_checked_like_inputs()
    {
        var result = await _test.Registry.InvokeAsync("scpgateway:index:getGateway", Map(("limit", 500.0)), CancellationToken.None);

        Assert.Equal(["name", "limit"], result.Failures.Select(failure => failure.Property));
        Assert.Empty(result.Return);
    }
}
