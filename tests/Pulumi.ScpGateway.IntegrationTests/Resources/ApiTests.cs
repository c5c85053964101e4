using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.IntegrationTests.Emulator;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>Api through the real plugin against the emulator.</summary>
public sealed class ApiTests(ActiveApiFixture fixture) : IClassFixture<ActiveApiFixture>
{
    private const string Type = "Api";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private static PropertyMap Program(string name, string? description = null)
    {
        var program = PropertyMap.Empty.With("name", name);
        return description is null ? program : program.With("description", description);
    }

    private static PropertyValue Tags(params (string Key, string Value)[] tags) =>
        PropertyValue.FromObject(new PropertyMap(tags.Select(tag => new KeyValuePair<string, PropertyValue>(tag.Key, tag.Value))));

    private async Task<JsonObject?> FindAsync(string apiId) => (await provider.ScpHoldsAsync()).Api(apiId);

    [Fact]
    public async Task A_preview_with_an_unknown_description_calls_no_scp_and_leaves_the_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreateApi");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview-api").With("description", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateApi"));
        Assert.True(preview.Outputs["description"].IsComputed);
        Assert.True(preview.Outputs["apiId"].IsComputed);
        Assert.True(preview.Outputs["rootResourceId"].IsComputed);
        Assert.True(preview.Outputs["status"].IsComputed);
        Assert.Equal("REGION", preview.Outputs.GetString("endpointType"));
    }

    [Fact]
    public async Task Create_waits_for_active_and_answers_the_root_resource_and_sends_the_tags()
    {
        var created = await provider.CreateAsync(Type, "create",
            Program("create-api", "orders").With("endpointType", "private").With("tags", Tags(("team", "core"), ("env", "dev"))));

        var apiId = created.Outputs.GetString("apiId");
        Assert.Equal(apiId, created.Id);
        Assert.Equal("Active", created.Outputs.GetString("status"));
        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("accountId")));
        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("createdAt")));
        var scp = await provider.ScpHoldsAsync();
        var root = Assert.Single(scp.Resources(apiId), resource => resource.Text("path") == "/");
        Assert.Equal(root.Text("id"), created.Outputs.GetString("rootResourceId"));
        var stored = scp.Api(apiId);
        Assert.Equal("create-api", stored.Text("name"));
        Assert.Equal("orders", stored.Text("description"));
        Assert.Equal("PRIVATE", stored.Text("endpoint_type"));
        Assert.Equal(["env=dev", "team=core"], stored!["tags"]!.AsArray().Select(tag => $"{tag!["key"]}={tag["value"]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff_and_keeps_the_unreadable_inputs()
    {
        var program = Program("refresh-api").With("endpointType", "PRIVATE").With("tags", Tags(("team", "core")));
        var created = await provider.CreateAsync(Type, "refresh", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.NotNull(refreshed);
        Assert.Equal("PRIVATE", refreshed.Inputs.GetString("endpointType"));
        Assert.Equal("core", refreshed.Inputs["tags"].AsObject.GetString("team"));
        Assert.Equal(created.Outputs.GetString("rootResourceId"), refreshed.Outputs.GetString("rootResourceId"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(refreshed, program)).Changes);
    }

    [Fact]
    public async Task A_description_changed_outside_pulumi_shows_as_a_description_diff()
    {
        var program = Program("drift-api", "first");
        var created = await provider.CreateAsync(Type, "drift", program);
        await provider.Scp.ApiGateway.SetApiDescriptionAsync(created.Id, new DescriptionRequest { Description = "changed in the console" }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(created);
        var diff = await provider.DiffAsync(refreshed!, program);

        Assert.Equal("changed in the console", refreshed!.Inputs.GetString("description"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, diff.Changes);
        Assert.Equal(["description"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["description"].Kind);
    }

    [Fact]
    public async Task A_description_update_is_one_set_description_call_in_place()
    {
        var created = await provider.CreateAsync(Type, "update", Program("update-api", "before"));
        var diff = await provider.DiffAsync(created, Program("update-api", "after"));
        var before = await provider.RequestCountAsync("SetApiDescription");

        var updated = await provider.UpdateAsync(created, Program("update-api", "after"));

        Assert.Empty(diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["description"].Kind);
        Assert.Equal(before + 1, await provider.RequestCountAsync("SetApiDescription"));
        Assert.Equal("after", updated.Outputs.GetString("description"));
        Assert.Equal(created.Outputs.GetString("rootResourceId"), updated.Outputs.GetString("rootResourceId"));
        Assert.Equal("after", (await FindAsync(created.Id)).Text("description"));
    }

    [Theory]
    [InlineData("name", "renamed-api")]
    [InlineData("endpointType", "PRIVATE")]
    public async Task Name_and_endpoint_type_changes_replace_the_api(string property, string value)
    {
        var created = await provider.CreateAsync(Type, "replace-" + property, Program("replace-" + property.ToLowerInvariant()));

        var diff = await provider.DiffAsync(created, created.Inputs.With(property, value));

        Assert.Equal([property], diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff[property].Kind);
    }

    [Fact]
    public async Task A_tag_change_replaces_the_api()
    {
        var created = await provider.CreateAsync(Type, "retag", Program("retag-api").With("tags", Tags(("team", "core"))));

        var diff = await provider.DiffAsync(created, created.Inputs.With("tags", Tags(("team", "edge"))));

        Assert.Equal(["tags"], diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff["tags"].Kind);
    }

    [Fact]
    public async Task Import_by_api_id_gives_inputs_that_check_and_show_no_diff()
    {
        var made = await provider.CreateAsync(Type, "made", Program("import-api").With("tags", Tags(("team", "core"))));

        var imported = await provider.ImportAsync(Type, "imported", made.Id);

        Assert.NotNull(imported);
        Assert.Equal("import-api", imported.Inputs.GetString("name"));
        Assert.False(imported.Inputs.ContainsKey("tags"));
        Assert.Equal(made.Outputs.GetString("rootResourceId"), imported.Outputs.GetString("rootResourceId"));
        var diff = await provider.DiffAsync(imported, imported.Inputs);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task Delete_removes_it_and_a_second_delete_or_a_refresh_finds_it_gone()
    {
        var created = await provider.CreateAsync(Type, "delete", Program("delete-api"));

        Assert.NotNull(await FindAsync(created.Id));
        await provider.DeleteAsync(created);

        Assert.Null(await FindAsync(created.Id));
        await provider.DeleteAsync(created);
        Assert.Null(await provider.RefreshAsync(created));
    }

    [Fact]
    public async Task A_create_waits_through_creating_within_its_timeout_and_one_that_outlasts_it_reports_the_api_for_the_next_update()
    {
        using var deadline = new CancellationTokenSource(EmulatorGate.HangGuard * 2);
        var ct = deadline.Token;
        await using var slow = await ProviderAgainstEmulator.StartAsync();
        using var gate = new EmulatorGate(slow.Emulator.Endpoint);
        // APIs stay Creating until the test finishes them, and each status poll waits for the test:
        // the first poll is answered Creating, and the second one shows the create waited through it.
        await gate.HoldCreatingAsync(apis: true, queues: false, ct);
        await gate.CloseAsync(["ShowApi"], ct);

        var patientCreate = slow.CreateAsync(Type, "patient", Program("patient-api"), timeoutSeconds: 300);
        await gate.WaitForHeldAsync(1, ct);
        await gate.ReleaseAsync(ct);
        await gate.WaitForHeldAsync(1, ct);
        Assert.Equal(1, await gate.FinishCreatingAsync(ct));
        await gate.OpenAsync(ct);
        var patient = await patientCreate.WaitAsync(ct);

        Assert.Equal("Active", patient.Outputs.GetString("status"));
        Assert.Contains(slow.Session.Engine.Logs, log => log.Ephemeral && log.Urn == patient.Urn
            && log.Message.StartsWith("waiting for the API to become Active", StringComparison.Ordinal));

        // Held Creating until the test says otherwise, the API outlasts any timeout; 1 s keeps the test short.
        await gate.HoldCreatingAsync(apis: true, queues: false, ct);
        var program = Program("slow-api", "takes a while");
        var error = await Assert.ThrowsAsync<RpcException>(() => slow.CreateAsync(Type, "slow", program, timeoutSeconds: 1));

        var failure = error.StatusDetails()!.Details.Single(detail => detail.Is(ErrorResourceInitFailed.Descriptor)).Unpack<ErrorResourceInitFailed>();
        var outputs = StructConverter.ToPropertyMap(failure.Properties);
        Assert.False(string.IsNullOrEmpty(failure.Id));
        Assert.Equal(failure.Id, outputs.GetString("apiId"));
        Assert.Equal("Creating", outputs.GetString("status"));
        Assert.Contains(failure.Reasons, reason => reason.Contains("Active", StringComparison.Ordinal));

        // The engine keeps the API and retries it with an update on the next `up`, once it is Active.
        Assert.Equal(1, await gate.FinishCreatingAsync(ct));
        var kept = new StateEntry(Type, "slow", failure.Id, StructConverter.ToPropertyMap(failure.Inputs), outputs);
        var converged = await slow.UpdateAsync(kept, program);
        var refreshed = await slow.RefreshAsync(converged);

        Assert.Equal("Active", converged.Outputs.GetString("status"));
        Assert.Equal("Active", refreshed!.Outputs.GetString("status"));
        Assert.False(string.IsNullOrEmpty(refreshed.Outputs.GetString("rootResourceId")));
        Assert.Equal(2, await slow.RequestCountAsync("CreateApi"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await slow.DiffAsync(refreshed, program)).Changes);
    }

    [Fact]
    public async Task A_create_whose_root_lookup_fails_reports_the_active_api_and_the_next_update_fills_it_in()
    {
        var faults = new FaultSettings { Rate500 = 1, Operations = ["ListResources"] };
        await using var failing = await ProviderAgainstEmulator.StartAsync(
            new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0, Faults = faults },
            new ProviderConfig().Set("maxRetries", 0.0));
        var program = Program("rootless-api");

        var error = await Assert.ThrowsAsync<RpcException>(() => failing.CreateAsync(Type, "rootless", program));

        var failure = error.StatusDetails()!.Details.Single(detail => detail.Is(ErrorResourceInitFailed.Descriptor)).Unpack<ErrorResourceInitFailed>();
        var outputs = StructConverter.ToPropertyMap(failure.Properties);
        Assert.Equal(failure.Id, outputs.GetString("apiId"));
        Assert.Equal("Active", outputs.GetString("status"));
        Assert.False(outputs.TryGetString("rootResourceId", out _));
        Assert.Contains(failure.Reasons, reason => reason.Contains("root resource", StringComparison.Ordinal));

        using (var admin = new HttpClient())
        {
            using var cleared = await admin.PutAsJsonAsync(new Uri(failing.Emulator.BaseUrl, "_emulator/faults"), new FaultSettings());
            cleared.EnsureSuccessStatusCode();
        }
        var kept = new StateEntry(Type, "rootless", failure.Id, StructConverter.ToPropertyMap(failure.Inputs), outputs);
        var converged = await failing.UpdateAsync(kept, program);

        var root = Assert.Single((await failing.ScpHoldsAsync()).Resources(failure.Id), resource => resource.Text("path") == "/");
        Assert.Equal(root.Text("id"), converged.Outputs.GetString("rootResourceId"));
        Assert.Equal(1, await failing.RequestCountAsync("CreateApi"));
    }
}
