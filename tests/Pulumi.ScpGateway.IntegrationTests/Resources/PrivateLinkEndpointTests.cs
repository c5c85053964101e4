using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>PrivateLinkEndpoint through the real plugin against the emulator.</summary>
public sealed class PrivateLinkEndpointTests(ProtectedApiFixture fixture) : IClassFixture<ProtectedApiFixture>
{
    private const string Type = "PrivateLinkEndpoint";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string name) => new PropertyMap([])
        .With("name", name)
        .With("privatelinkServiceId", fixture.PrivateApiId);

    private static JsonObject? Held(ScpRecords scp, StateEntry entry) => scp.PrivateLinkEndpoint(entry.Outputs.GetString("privatelinkEndpointId"));

    private async Task<JsonObject> HeldAsync(StateEntry entry) =>
        Held(await provider.ScpHoldsAsync(), entry) ?? throw new InvalidOperationException("SCP holds no such PrivateLink endpoint");

    [Fact]
    public async Task A_preview_with_an_unknown_service_calls_no_scp_and_leaves_the_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreatePrivateLinkEndpoint");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview01").With("privatelinkServiceId", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreatePrivateLinkEndpoint"));
        Assert.True(preview.Outputs["privatelinkEndpointId"].IsComputed);
        Assert.True(preview.Outputs["status"].IsComputed);
    }

    [Fact]
    public async Task Create_requests_the_connection_and_answers_the_endpoint_id()
    {
        var created = await provider.CreateAsync(Type, "create", Program("create01"));

        var endpoint = await HeldAsync(created);
        Assert.Equal(endpoint.Text("id"), created.Id);
        Assert.Equal("create01", endpoint.Text("name"));
        Assert.Equal("REQUESTED", created.Outputs.GetString("status"));
        Assert.Equal("REQUESTED", endpoint.Text("status"));
        Assert.Equal(fixture.PrivateApiId, endpoint.Text("privatelink_service_id"));
        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("createdAt")));
    }

    [Fact]
    public async Task Without_a_name_the_proposed_one_is_letters_and_digits()
    {
        var created = await provider.CreateAsync(Type, "edge-link", new PropertyMap([]).With("privatelinkServiceId", fixture.PrivateApiId));

        Assert.Matches("^edgelink[a-z0-9]{7}$", (await HeldAsync(created)).Text("name"));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff()
    {
        var program = Program("refresh01");
        var created = await provider.CreateAsync(Type, "refresh", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.NotNull(refreshed);
        await provider.AssertNoDiffAsync(refreshed, program);
    }

    [Fact]
    public async Task A_request_canceled_outside_pulumi_shows_as_a_requested_diff()
    {
        var program = Program("drift01");
        var created = await provider.CreateAsync(Type, "drift", program);
        await provider.Scp.ApiGateway.RequestPrivateLinkEndpointAsync(created.Id, new PrivateLinkEndpointRequestAction { Type = "CANCEL" }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(created);
        var diff = await provider.DiffAsync(refreshed!, program);

        Assert.Equal(["requested"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["requested"].Kind);
    }

    [Fact]
    public async Task Description_and_requested_update_in_place_with_one_call_each()
    {
        var entry = await provider.CreateAsync(Type, "update", Program("update01"));

        var describes = await provider.RequestCountAsync("SetPrivateLinkEndpoint");
        entry = await provider.UpdateAsync(entry, entry.Inputs.With("description", "to orders"));
        Assert.Equal(describes + 1, await provider.RequestCountAsync("SetPrivateLinkEndpoint"));
        Assert.Equal("to orders", (await HeldAsync(entry)).Text("description"));

        var requests = await provider.RequestCountAsync("RequestPrivateLinkEndpoint");
        entry = await provider.UpdateAsync(entry, entry.Inputs.With("requested", false));
        Assert.Equal(requests + 1, await provider.RequestCountAsync("RequestPrivateLinkEndpoint"));
        Assert.Equal("CANCELED", (await HeldAsync(entry)).Text("status"));
        Assert.Equal("CANCELED", entry.Outputs.GetString("status"));

        entry = await provider.UpdateAsync(entry, entry.Inputs.With("requested", true));
        Assert.Equal(requests + 2, await provider.RequestCountAsync("RequestPrivateLinkEndpoint"));
        Assert.Equal("REQUESTED", (await HeldAsync(entry)).Text("status"));
    }

    [Fact]
    public async Task A_new_name_or_service_replaces_it()
    {
        var created = await provider.CreateAsync(Type, "replace", Program("replace01"));

        await provider.EachReplacesAsync(created, ("name", "renamed01"), ("privatelinkServiceId", fixture.ApiId));
    }

    [Fact]
    public async Task Import_by_endpoint_id_gives_inputs_that_check_and_show_no_diff()
    {
        var created = await provider.CreateAsync(Type, "import-source", Program("import01").With("description", "console made"));

        var imported = await provider.ImportsCleanlyAsync(Type, created.Id);

        Assert.Equal(created.Inputs, imported.Inputs);
    }

    [Fact]
    public async Task Delete_removes_it_a_second_delete_succeeds_and_a_refresh_then_finds_nothing()
    {
        var created = await provider.CreateAsync(Type, "delete", Program("delete01"));

        await provider.DeletesForGoodAsync(created, scp => Held(scp, created));
    }

    [Fact]
    public async Task An_unrequested_endpoint_whose_cancel_fails_is_reported_partly_created_and_the_next_update_cancels_it()
    {
        var program = Program("partial01").With("requested", false);
        var (_, failure, partial) = await provider.CreatePartlyAsync(
            new FaultSettings { Rate500 = 1, Operations = ["RequestPrivateLinkEndpoint"] }, Type, "partial", program);

        Assert.Equal(partial.Outputs.GetString("privatelinkEndpointId"), failure.Id);
        Assert.Equal("REQUESTED", (await HeldAsync(partial)).Text("status"));

        // The engine updates a resource left with init errors on the next up.
        var converged = await provider.UpdateAsync(partial, program);

        Assert.Equal("CANCELED", (await HeldAsync(converged)).Text("status"));
        var refreshed = await provider.RefreshAsync(converged);
        await provider.AssertNoDiffAsync(refreshed!, program);
    }
}
