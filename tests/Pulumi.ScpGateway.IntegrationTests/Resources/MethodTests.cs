using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>Method through the real plugin against the emulator; each test works on its own path.</summary>
public sealed class MethodTests(ActiveApiFixture fixture) : IClassFixture<ActiveApiFixture>
{
    private const string Type = "Method";
    private const string Backend = "https://backend.example.com/orders";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private static PropertyValue Flags(params (string Name, bool Required)[] flags) =>
        PropertyValue.FromObject(new PropertyMap(flags.Select(flag => new KeyValuePair<string, PropertyValue>(flag.Name, flag.Required))));

    /// <summary>A new path below the root, made directly in SCP; answers its resource id.</summary>
    private async Task<string> PathAsync(string pathPart) =>
        (await provider.Scp.ApiGateway.CreateResourceAsync(fixture.ApiId, fixture.RootResourceId, new ResourceCreateRequest { PathPart = pathPart }, null, CancellationToken.None)).Id;

    private PropertyMap Program(string resourceId, string methodType = "GET") => PropertyMap.Empty
        .With("apiId", fixture.ApiId)
        .With("resourceId", resourceId)
        .With("methodType", methodType)
        .With("integrationType", "HTTP")
        .With("endpointUrl", Backend);

    private async Task<JsonObject> HeldAsync(string resourceId, string methodType = "GET") =>
        (await provider.ScpHoldsAsync()).Method(fixture.ApiId, resourceId, methodType) ?? throw new InvalidOperationException($"SCP holds no {methodType} method");

    [Fact]
    public async Task A_preview_with_an_unknown_resource_calls_no_scp_and_leaves_the_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreateMethod");

        var preview = await provider.CreateAsync(Type, "preview", Program("r").With("resourceId", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateMethod"));
        Assert.True(preview.Outputs["srn"].IsComputed);
        Assert.True(preview.Outputs["requestPath"].IsComputed);
        Assert.True(preview.Outputs["resourceId"].IsComputed);
    }

    [Fact]
    public async Task Create_answers_the_composite_id_and_sends_parameters_as_flags()
    {
        var resourceId = await PathAsync("{order-id}");

        var created = await provider.CreateAsync(Type, "create", Program(resourceId, "post")
            .With("queryStrings", Flags(("page", true), ("size", false)))
            .With("requestHeaders", Flags(("x-trace", true))));

        Assert.Equal($"{fixture.ApiId}/{resourceId}/POST", created.Id);
        Assert.Contains("/POST/{order-id}", created.Outputs.GetString("srn"), StringComparison.Ordinal);
        Assert.Equal(PropertyValue.FromArray("{order-id}"), created.Outputs["requestPath"]);
        var method = await HeldAsync(resourceId, "POST");
        Assert.Equal("HTTP", method.Text("integration_type"));
        Assert.Equal(Backend, method.Text("endpoint_url"));
        Assert.False(method.Flag("api_key_required"));
        Assert.Equal(new Dictionary<string, bool> { ["page"] = true, ["size"] = false }, method.Flags("query_strings"));
        Assert.Equal(new Dictionary<string, bool> { ["x-trace"] = true }, method.Flags("request_headers"));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff_despite_the_seed_spellings()
    {
        var program = Program(await PathAsync("refresh"))
            .With("queryStrings", Flags(("page", true), ("size", false)))
            .With("requestHeaders", Flags(("x-trace", true)));
        var created = await provider.CreateAsync(Type, "refresh", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.True(refreshed!.Inputs["queryStrings"].AsObject.TryGetBool("page", out var page) && page);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(refreshed, program)).Changes);
    }

    [Fact]
    public async Task A_cloud_function_method_reads_back_its_function_without_a_diff()
    {
        var program = PropertyMap.Empty.With("apiId", fixture.ApiId).With("resourceId", await PathAsync("scf"))
            .With("methodType", "ANY").With("integrationType", "SCF").With("functionId", "fn-0123456789");
        var created = await provider.CreateAsync(Type, "scf", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("functionName")));
        Assert.False(refreshed!.Inputs.ContainsKey("endpointUrl"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(refreshed, program)).Changes);
    }

    [Fact]
    public async Task An_endpoint_changed_outside_pulumi_shows_as_an_endpointUrl_diff()
    {
        var resourceId = await PathAsync("drift");
        var program = Program(resourceId).With("queryStrings", Flags(("page", true)));
        var created = await provider.CreateAsync(Type, "drift", program);
        await provider.Scp.ApiGateway.SetMethodAsync(fixture.ApiId, resourceId, "GET", new MethodSetRequest
        {
            ApiKeyRequired = false,
            IntegrationType = "HTTP",
            EndpointUrl = "https://elsewhere.example.com",
            QueryStrings = new Dictionary<string, bool> { ["page"] = true },
            RequestHeaders = new Dictionary<string, bool>(),
        }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(created);
        var diff = await provider.DiffAsync(refreshed!, program);

        Assert.Equal(["endpointUrl"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["endpointUrl"].Kind);
    }

    public static TheoryData<string, string[]> InPlaceChanges => new()
    {
        { "endpoint", ["endpointUrl"] },
        { "api-key", ["apiKeyRequired"] },
        { "query", ["queryStrings"] },
        { "headers", ["requestHeaders"] },
        { "to-scf", ["integrationType", "functionId", "endpointUrl"] },
        { "to-privatelink", ["integrationType", "privatelinkEndpointId"] },
    };

    [Theory]
    [MemberData(nameof(InPlaceChanges))]
    public async Task Each_integration_change_is_one_put_in_place(string pathPart, string[] changed)
    {
        var resourceId = await PathAsync("update-" + pathPart);
        var created = await provider.CreateAsync(Type, "update-" + pathPart, Program(resourceId).With("queryStrings", Flags(("page", true))));
        var news = pathPart switch
        {
            "endpoint" => created.Inputs.With("endpointUrl", "https://v2.example.com/orders"),
            "api-key" => created.Inputs.With("apiKeyRequired", true),
            "query" => created.Inputs.With("queryStrings", Flags(("page", false), ("q", true))),
            "headers" => created.Inputs.With("requestHeaders", Flags(("x-trace", true))),
            "to-scf" => created.Inputs.With("integrationType", "SCF").With("functionId", "fn-42").Without("endpointUrl"),
            _ => created.Inputs.With("integrationType", "PRIVATELINK").With("privatelinkEndpointId", "ple-7"),
        };
        var diff = await provider.DiffAsync(created, news);
        var before = await provider.RequestCountAsync("SetMethod");

        var updated = await provider.UpdateAsync(created, news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(changed.Order(StringComparer.Ordinal), diff.DetailedDiff.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before + 1, await provider.RequestCountAsync("SetMethod"));
        AssertSent(pathPart, await HeldAsync(resourceId));
        var refreshed = await provider.RefreshAsync(updated);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(refreshed!, news)).Changes);
    }

    /// <summary>What each in-place change must have left in SCP, in the seed's field names.</summary>
    private static void AssertSent(string change, JsonObject method)
    {
        switch (change)
        {
            case "endpoint":
                Assert.Equal("https://v2.example.com/orders", method.Text("endpoint_url"));
                break;
            case "api-key":
                Assert.True(method.Flag("api_key_required"));
                break;
            case "query":
                Assert.Equal(new Dictionary<string, bool> { ["page"] = false, ["q"] = true }, method.Flags("query_strings"));
                break;
            case "headers":
                Assert.Equal(new Dictionary<string, bool> { ["x-trace"] = true }, method.Flags("request_headers"));
                break;
            case "to-scf":
                Assert.Equal(("SCF", "fn-42", null), (method.Text("integration_type"), method.Text("function_id"), method.Text("endpoint_url")));
                break;
            default:
                Assert.Equal(("PRIVATELINK", "ple-7"), (method.Text("integration_type"), method.Text("privatelink_endpoint_id")));
                break;
        }
    }

    [Theory]
    [InlineData("apiId", "other-api")]
    [InlineData("resourceId", "other-resource")]
    [InlineData("methodType", "PUT")]
    public async Task Api_resource_and_method_type_changes_replace_the_method(string property, string value)
    {
        var created = await provider.CreateAsync(Type, "replace-" + property, Program(await PathAsync("replace-" + property.ToLowerInvariant())));

        var diff = await provider.DiffAsync(created, created.Inputs.With(property, value));

        Assert.Equal([property], diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff[property].Kind);
    }

    [Fact]
    public async Task Import_by_api_resource_and_method_type_gives_inputs_that_check_and_show_no_diff()
    {
        var made = await provider.CreateAsync(Type, "made", Program(await PathAsync("import"), "PATCH")
            .With("apiKeyRequired", true).With("requestHeaders", Flags(("x-tenant", true))));

        var imported = await provider.ImportAsync(Type, "imported", made.Id);

        Assert.NotNull(imported);
        Assert.Equal("PATCH", imported.Inputs.GetString("methodType"));
        Assert.Equal(Backend, imported.Inputs.GetString("endpointUrl"));
        Assert.False(imported.Inputs.ContainsKey("queryStrings"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(imported, imported.Inputs)).Changes);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(imported, made.Inputs)).Changes);
    }

    [Fact]
    public async Task Delete_removes_it_and_a_second_delete_or_a_refresh_finds_it_gone()
    {
        var resourceId = await PathAsync("delete");
        var created = await provider.CreateAsync(Type, "delete", Program(resourceId, "DELETE"));

        Assert.NotNull((await provider.ScpHoldsAsync()).Method(fixture.ApiId, resourceId, "DELETE"));
        await provider.DeleteAsync(created);

        Assert.Empty((await provider.ScpHoldsAsync()).Methods(fixture.ApiId, resourceId));
        await provider.DeleteAsync(created);
        Assert.Null(await provider.RefreshAsync(created));
    }
}
