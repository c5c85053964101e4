using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>PrivateLinkEndpointApproval through the real plugin against the emulator; endpoints are requested directly through SCP.</summary>
public sealed class PrivateLinkEndpointApprovalTests(ProtectedApiFixture fixture) : IClassFixture<ProtectedApiFixture>
{
    private const string Type = "PrivateLinkEndpointApproval";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    /// <summary>A consumer's endpoint requesting the PRIVATE API; answers its id.</summary>
    private async Task<string> RequestEndpointAsync(string name) =>
        (await provider.Scp.ApiGateway.CreatePrivateLinkEndpointAsync(
            new PrivateLinkEndpointCreateRequest { Name = name, PrivateLinkServiceId = fixture.PrivateApiId }, null, CancellationToken.None)).PrivateLinkEndpoint.Id;

    private async Task<string?> StatusAsync(string endpointId) => (await provider.ScpHoldsAsync()).PrivateLinkEndpoint(endpointId).Text("status");

    private Task<PrivateLinkEndpointSummaryResponse> ActAsync(string endpointId, string type) => type is "APPROVE" or "REJECT"
        ? provider.Scp.ApiGateway.ApprovePrivateLinkEndpointAsync(endpointId, new PrivateLinkEndpointApiAction { ApiId = fixture.PrivateApiId, Type = type }, CancellationToken.None)
        : provider.Scp.ApiGateway.ConnectPrivateLinkEndpointAsync(endpointId, new PrivateLinkEndpointApiAction { ApiId = fixture.PrivateApiId, Type = type }, CancellationToken.None);

    private PropertyMap Program(string endpointId) => new PropertyMap([])
        .With("apiId", fixture.PrivateApiId)
        .With("privatelinkEndpointId", endpointId);

    [Fact]
    public async Task A_preview_with_an_unknown_endpoint_calls_no_scp_and_leaves_the_status_unknown()
    {
        var before = await provider.RequestCountAsync("ApprovePrivateLinkEndpoint");

        var preview = await provider.CreateAsync(Type, "preview", Program("").With("privatelinkEndpointId", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("ApprovePrivateLinkEndpoint"));
        Assert.True(preview.Outputs["status"].IsComputed);
    }

    [Fact]
    public async Task Create_approves_the_endpoint_with_one_call()
    {
        var endpointId = await RequestEndpointAsync("approve01");
        var before = await provider.RequestCountAsync("ApprovePrivateLinkEndpoint");

        var created = await provider.CreateAsync(Type, "create", Program(endpointId));

        Assert.Equal(before + 1, await provider.RequestCountAsync("ApprovePrivateLinkEndpoint"));
        Assert.Equal($"{fixture.PrivateApiId}/{endpointId}", created.Id);
        Assert.Equal("Active", await StatusAsync(endpointId));
        Assert.Equal("Active", created.Outputs.GetString("status"));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff()
    {
        var program = Program(await RequestEndpointAsync("refresh01"));
        var created = await provider.CreateAsync(Type, "refresh", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.NotNull(refreshed);
        await provider.AssertNoDiffAsync(refreshed, program);
    }

    [Fact]
    public async Task A_disconnect_made_outside_pulumi_shows_as_a_connected_diff()
    {
        var endpointId = await RequestEndpointAsync("drift01");
        var program = Program(endpointId);
        var created = await provider.CreateAsync(Type, "drift", program);
        await ActAsync(endpointId, "DISCONNECT");

        var refreshed = await provider.RefreshAsync(created);
        var diff = await provider.DiffAsync(refreshed!, program);

        Assert.Equal(["connected"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["connected"].Kind);
    }

    [Fact]
    public async Task An_endpoint_requested_again_or_rejected_outside_pulumi_reads_as_no_longer_approved()
    {
        var requestedAgain = await RequestEndpointAsync("again01");
        var rejected = await RequestEndpointAsync("rejected01");
        var first = await provider.CreateAsync(Type, "again", Program(requestedAgain));
        var second = await provider.CreateAsync(Type, "rejected", Program(rejected));
        await provider.Scp.ApiGateway.RequestPrivateLinkEndpointAsync(requestedAgain, new PrivateLinkEndpointRequestAction { Type = "RE_REQUEST" }, CancellationToken.None);
        await ActAsync(rejected, "REJECT");

        Assert.Null(await provider.RefreshAsync(first));
        Assert.Null(await provider.RefreshAsync(second));
    }

    [Fact]
    public async Task Connected_toggles_in_place_with_one_disconnect_or_reconnect_call()
    {
        var endpointId = await RequestEndpointAsync("toggle01");
        var entry = await provider.CreateAsync(Type, "toggle", Program(endpointId));
        var before = await provider.RequestCountAsync("ConnectPrivateLinkEndpoint");

        var diff = await provider.DiffAsync(entry, entry.Inputs.With("connected", false));
        entry = await provider.UpdateAsync(entry, entry.Inputs.With("connected", false));

        Assert.Empty(diff.Replaces);
        Assert.Equal(before + 1, await provider.RequestCountAsync("ConnectPrivateLinkEndpoint"));
        Assert.Equal("DISCONNECTED", await StatusAsync(endpointId));
        Assert.Equal("DISCONNECTED", entry.Outputs.GetString("status"));

        entry = await provider.UpdateAsync(entry, entry.Inputs.With("connected", true));

        Assert.Equal(before + 2, await provider.RequestCountAsync("ConnectPrivateLinkEndpoint"));
        Assert.Equal("Active", await StatusAsync(endpointId));
    }

    [Fact]
    public async Task Another_api_or_endpoint_replaces_it()
    {
        var created = await provider.CreateAsync(Type, "replace", Program(await RequestEndpointAsync("replace01")));

        await provider.EachReplacesAsync(created, ("apiId", fixture.ApiId), ("privatelinkEndpointId", "another"));
    }

    [Fact]
    public async Task Import_by_api_and_endpoint_id_gives_inputs_that_check_and_show_no_diff()
    {
        var endpointId = await RequestEndpointAsync("import01");
        await ActAsync(endpointId, "APPROVE");
        await ActAsync(endpointId, "DISCONNECT");

        var imported = await provider.ImportsCleanlyAsync(Type, $"{fixture.PrivateApiId}/{endpointId}");

        Assert.Equal(Program(endpointId).With("connected", false), imported.Inputs);
    }

    [Fact]
    public async Task Delete_disconnects_a_connected_endpoint_and_rejects_a_pending_one()
    {
        var connected = await RequestEndpointAsync("delete01");
        var pending = await RequestEndpointAsync("delete02");
        var first = await provider.CreateAsync(Type, "delete-connected", Program(connected));
        var second = await provider.CreateAsync(Type, "delete-pending", Program(pending));
        await provider.Scp.ApiGateway.RequestPrivateLinkEndpointAsync(pending, new PrivateLinkEndpointRequestAction { Type = "RE_REQUEST" }, CancellationToken.None);

        await provider.DeleteAsync(first);
        await provider.DeleteAsync(second);

        Assert.Equal("DISCONNECTED", await StatusAsync(connected));
        Assert.Equal("REJECTED", await StatusAsync(pending));
    }

    [Fact]
    public async Task When_the_endpoint_is_gone_delete_succeeds_and_a_refresh_finds_nothing()
    {
        var endpointId = await RequestEndpointAsync("gone01");
        var created = await provider.CreateAsync(Type, "gone", Program(endpointId));
        await provider.Scp.ApiGateway.DeletePrivateLinkEndpointAsync(endpointId, CancellationToken.None);

        Assert.Null(await provider.RefreshAsync(created));
        await provider.DeleteAsync(created);
    }

    [Fact]
    public async Task An_approval_meant_disconnected_whose_disconnect_fails_is_reported_partly_created_and_the_next_update_disconnects()
    {
        var endpointId = await RequestEndpointAsync("partial01");
        var program = Program(endpointId).With("connected", false);
        var (_, failure, partial) = await provider.CreatePartlyAsync(
            new FaultSettings { Rate500 = 1, Operations = ["ConnectPrivateLinkEndpoint"] }, Type, "partial", program);

        Assert.Equal($"{fixture.PrivateApiId}/{endpointId}", failure.Id);
        Assert.Equal("Active", await StatusAsync(endpointId));

        // The engine updates a resource left with init errors on the next up.
        var converged = await provider.UpdateAsync(partial, program);

        Assert.Equal("DISCONNECTED", await StatusAsync(endpointId));
        var refreshed = await provider.RefreshAsync(converged);
        await provider.AssertNoDiffAsync(refreshed!, program);
    }
}
