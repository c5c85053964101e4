using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class LifecycleTests
{
    private static readonly string GatewayUrn = Urn(GatewayToken, "my-gw");
    private static readonly PropertyMap Inputs = Map(("name", "orders"), ("region", "kr-west1"), ("endpointType", "REGION"), ("enabled", false),
        ("tags", Object(("env", "dev"))), ("password", PropertyValue.MakeSecret("pw")));

    private readonly TestRegistry _test = new();

    private Task<ResourceCreateResult> Create(PropertyMap inputs, bool preview = false) =>
        _test.Registry.CreateAsync(new ResourceCreateRequest(GatewayUrn, inputs) { Preview = preview }, CancellationToken.None);

    private Task<PropertyMap> Update(ResourceCreateResult created, PropertyMap news, bool preview = false) =>
        _test.Registry.UpdateAsync(
            new ResourceUpdateRequest(created.Id, GatewayUrn, created.Properties, news) { OldInputs = Inputs, Preview = preview },
            CancellationToken.None);

    [Fact]
    public async Task A_create_preview_returns_the_inputs_and_unknown_outputs_without_creating()
    {
        var preview = await Create(Inputs.With("description", PropertyValue.Unknown).With("password", "plain on input"), preview: true);

        Assert.Equal("", preview.Id);
        Assert.Empty(_test.Store.Gateways);
        Assert.Equal("orders", preview.Properties.GetString("name"));
        Assert.True(preview.Properties["description"].IsComputed);
        Assert.True(preview.Properties["gatewayId"].IsComputed);
        Assert.True(preview.Properties["status"].IsComputed);
        Assert.True(preview.Properties["accessKey"].IsComputed);
        Assert.True(preview.Properties.IsSecret("password"));
    }

    [Fact]
    public async Task Create_returns_the_id_and_outputs_with_secrets_wrapped()
    {
        var created = await Create(Inputs.With("description", PropertyValue.MakeSecret("private note")));

        Assert.Equal("gw-1", created.Id);
        Assert.Equal("Active", created.Properties.GetString("status"));
        Assert.Equal("orders", created.Properties.GetString("name"));
        Assert.True(created.Properties.IsSecret("accessKey"));
        Assert.True(created.Properties.IsSecret("password"));
        Assert.True(created.Properties.IsSecret("description"));
        Assert.False(created.Properties.ContainsUnknowns());
        Assert.DoesNotContain("key-gw-1", created.Properties.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_context_carries_name_urn_log_and_the_timeout()
    {
        var log = new RecordingLog();
        await _test.Registry.CreateAsync(new ResourceCreateRequest(GatewayUrn, Inputs) { Log = log }, CancellationToken.None);
        await _test.Registry.CreateAsync(new ResourceCreateRequest(GatewayUrn, Inputs) { Timeout = TimeSpan.FromSeconds(90) }, CancellationToken.None);

        Assert.Equal("my-gw", _test.Store.Contexts[0].Name);
        Assert.Equal(GatewayUrn, _test.Store.Contexts[0].Urn);
        Assert.Equal(TimeSpan.FromMinutes(7), _test.Store.Contexts[0].Timeout);
        Assert.Equal(TimeSpan.FromSeconds(90), _test.Store.Contexts[1].Timeout);
        Assert.Equal(["status: creating"], log.Lines);
    }

    [Fact]
    public async Task An_update_preview_keeps_stable_outputs_and_makes_the_others_unknown()
    {
        var created = await Create(Inputs);

        var preview = await Update(created, Inputs.With("description", "new"), preview: true);

        Assert.Equal("gw-1", preview.GetString("gatewayId"));
        Assert.True(preview.IsSecret("accessKey"));
        Assert.True(preview["status"].IsComputed);
        Assert.Equal("new", preview.GetString("description"));
        Assert.Null(_test.Store.Gateways["gw-1"].Description);
    }

    [Fact]
    public async Task Update_passes_old_and_new_inputs_and_returns_the_new_outputs()
    {
        var created = await Create(Inputs);

        var updated = await Update(created, Inputs.With("description", "new"));

        Assert.Equal("new", updated.GetString("description"));
        Assert.Equal("gw-1", updated.GetString("gatewayId"));
        Assert.Equal("new", _test.Store.Gateways["gw-1"].Description);
    }

    [Fact]
    public async Task Refresh_carries_not_readable_inputs_over_and_import_leaves_them_out()
    {
        var created = await Create(Inputs);

        var refreshed = await _test.Registry.ReadAsync(
            new ResourceReadRequest(created.Id, GatewayUrn) { Properties = created.Properties, Inputs = Inputs }, CancellationToken.None);
        var imported = await _test.Registry.ReadAsync(new ResourceReadRequest(created.Id, GatewayUrn), CancellationToken.None);

        Assert.Equal(Object(("env", "dev")), refreshed.Inputs["tags"]);
        Assert.Equal(Object(("env", "dev")), refreshed.Properties["tags"]);
        Assert.False(imported.Inputs.ContainsKey("tags"));
        Assert.False(imported.Properties.ContainsKey("tags"));
        Assert.False(imported.Inputs.ContainsKey("status"));
        Assert.Equal("Active", imported.Properties.GetString("status"));
        Assert.True(imported.Inputs.IsSecret("password"));
    }

    [Fact]
    public async Task Imported_inputs_pass_check_and_show_no_diff_against_a_program_written_from_them()
    {
        var created = await Create(Inputs);
        var imported = await _test.Registry.ReadAsync(new ResourceReadRequest(created.Id, GatewayUrn), CancellationToken.None);
        // Written from the imported inputs: no tags (SCP cannot say), defaults left out.
        var program = Inputs.Without("enabled").Without("endpointType").Without("tags");

        var check = await _test.CheckAsync(GatewayToken, imported.Inputs, program);
        var diff = await _test.DiffAsync(GatewayToken, imported.Properties, check.Inputs, imported.Inputs);

        Assert.Empty(check.Failures);
        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public async Task A_resource_that_is_gone_reads_as_an_empty_id()
    {
        var read = await _test.Registry.ReadAsync(new ResourceReadRequest("gw-404", GatewayUrn), CancellationToken.None);

        Assert.True(read.IsGone);
        Assert.Empty(read.Properties);
    }

    [Fact]
    public async Task Delete_gets_the_typed_state()
    {
        var created = await Create(Inputs);

        await _test.Registry.DeleteAsync(new ResourceDeleteRequest(created.Id, GatewayUrn, created.Properties), CancellationToken.None);

        Assert.Empty(_test.Store.Gateways);
    }

    [Fact]
    public async Task A_partial_create_becomes_an_init_failure_with_id_state_inputs_and_reasons()
    {
        var inputs = Inputs.With("description", GatewayResource.FailAfterCreate);

        var failure = await Assert.ThrowsAsync<ResourceInitFailure>(() => Create(inputs));

        Assert.Equal("gw-1", failure.Id);
        Assert.Equal("Creating", failure.Properties.GetString("status"));
        Assert.True(failure.Properties.IsSecret("accessKey"));
        Assert.Equal(inputs, failure.Inputs);
        Assert.Equal(["the config step failed"], failure.Reasons);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.DoesNotContain("key-gw-1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_function_result_has_its_secret_properties_wrapped_and_nested_lists_converted()
    {
        await Create(Inputs);

        var result = await _test.Registry.InvokeAsync("scpgateway:index:getGateway", Map(("name", "orders"), ("limit", 2.0)), CancellationToken.None);

        Assert.Empty(result.Failures);
        Assert.Equal("gw-1", result.Return.GetString("gatewayId"));
        Assert.True(result.Return.IsSecret("accessKey"));
        var routes = result.Return["routes"].AsArray;
        Assert.Equal(2, routes.Length);
        Assert.Equal(List("/r1/x"), PropertyValue.FromArray(routes[0].AsObject["children"].AsArray.Select(child => child.AsObject["path"])));
    }

    [Fact]
    public async Task A_function_error_quoting_a_secret_argument_masks_it()
    {
        var error = await Assert.ThrowsAsync<FunctionFailedException>(() => _test.Registry.InvokeAsync(
            "scpgateway:index:getGateway", Map(("name", PropertyValue.MakeSecret("hidden-gateway"))), CancellationToken.None));

        Assert.Equal("no gateway is named '[redacted]'", error.Message);
    }

    [Fact]
    public async Task A_function_with_an_unknown_argument_answers_a_failure_naming_it()
    {
        await Create(Inputs);

        var result = await _test.Registry.InvokeAsync("scpgateway:index:getGateway", Map(("name", PropertyValue.Unknown)), CancellationToken.None);

        Assert.Equal(new CheckFailure("name", "is not known yet; a function runs only with known arguments"), Assert.Single(result.Failures));
        Assert.Empty(result.Return);
    }

    private sealed class RecordingLog : IResourceLog
    {
        public List<string> Lines { get; } = [];

        public Task InfoAsync(string message, CancellationToken cancellationToken) => Record("info", message);

        public Task WarnAsync(string message, CancellationToken cancellationToken) => Record("warn", message);

        public Task StatusAsync(string message, CancellationToken cancellationToken) => Record("status", message);

        private Task Record(string level, string message)
        {
            Lines.Add($"{level}: {message}");
            return Task.CompletedTask;
        }
    }
}
