using Pulumi.ScpGateway.Host.Protos;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using static Pulumi.ScpGateway.IntegrationTests.Resources.ApiGatewaySetup;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>AccessControl through the real plugin against the emulator.</summary>
public sealed class AccessControlTests(ProtectedApiFixture fixture) : IClassFixture<ProtectedApiFixture>
{
    private const string Type = "AccessControl";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string name) => new PropertyMap([])
        .With("apiId", fixture.ApiId)
        .With("name", name)
        .With("allowedIpAddresses", List("192.168.0.1", "10.0.0.0/24"))
        .With("connectedStages", List("stg", "dev"));

    private JsonObject? Held(ScpRecords scp, StateEntry entry) => scp.AccessControl(fixture.ApiId, entry.Outputs.GetString("accessControlId"));

    private async Task<JsonObject> HeldAsync(StateEntry entry) => Held(await provider.ScpHoldsAsync(), entry) ?? throw new InvalidOperationException("SCP holds no such access control");

    [Fact]
    public async Task A_preview_with_an_unknown_api_calls_no_scp_and_leaves_the_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreateAccessControl");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview-acl").With("apiId", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateAccessControl"));
        Assert.True(preview.Outputs["accessControlId"].IsComputed);
        Assert.True(preview.Outputs["createdAt"].IsComputed);
    }

    [Fact]
    public async Task Create_makes_the_allow_list_and_answers_its_id()
    {
        var created = await provider.CreateAsync(Type, "create", Program("create-acl"));

        var control = await HeldAsync(created);
        Assert.Equal($"{fixture.ApiId}/{control.Text("id")}", created.Id);
        Assert.Equal("create-acl", control.Text("name"));
        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("createdAt")));
        Assert.Equal(["10.0.0.0/24", "192.168.0.1"], control.Texts("allowed_ip_addr"));
        Assert.Equal(["dev", "stg"], control.Texts("connected_stages"));
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_adopts_what_SCP_made_instead_of_making_another()
    {
        await provider.SetFaultsAsync(new FaultSettings { Rate504AfterProcessing = 1, Operations = ["CreateAccessControl"] });
        StateEntry created;
        try
        {
            created = await provider.CreateAsync(Type, "lost-answer", Program("lost-answer-acl"));
        }
        finally
        {
            await provider.SetFaultsAsync(new FaultSettings());
        }

        var controls = (await provider.ScpHoldsAsync()).AccessControls(fixture.ApiId);
        Assert.Equal(created.Outputs.GetString("accessControlId"), Assert.Single(controls, control => control.Text("name") == "lost-answer-acl").Text("id"));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff()
    {
        var program = Program("refresh-acl");
        var created = await provider.CreateAsync(Type, "refresh", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.NotNull(refreshed);
        await provider.AssertNoDiffAsync(refreshed, program);
    }

    [Fact]
    public async Task An_address_added_outside_pulumi_shows_as_an_allowedIpAddresses_diff()
    {
        var program = Program("drift-acl");
        var created = await provider.CreateAsync(Type, "drift", program);
        var control = await HeldAsync(created);
        await provider.Scp.ApiGateway.SetAccessControlAsync(fixture.ApiId, control.Text("id")!, new AccessControlSetRequest
        {
            AllowedIpAddr = [.. control.Texts("allowed_ip_addr")!, "172.16.0.0/16"],
            ConnectedStages = control.Texts("connected_stages")!,
            Description = control.Text("description"),
        }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(created);
        var diff = await provider.DiffAsync(refreshed!, program);

        Assert.Equal(["allowedIpAddresses"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["allowedIpAddresses"].Kind);
    }

    [Fact]
    public async Task Addresses_stages_and_description_each_update_in_place_with_one_call()
    {
        var entry = await provider.CreateAsync(Type, "update", Program("update-acl"));
        var changes = new (string Property, PropertyValue Value)[]
        {
            ("allowedIpAddresses", List("10.1.0.0/16")),
            ("connectedStages", List("prod")),
            ("description", "office only"),
        };

        foreach (var (property, value) in changes)
        {
            var before = await provider.RequestCountAsync("SetAccessControl");
            var diff = await provider.DiffAsync(entry, entry.Inputs.With(property, value));
            entry = await provider.UpdateAsync(entry, entry.Inputs.With(property, value));

            Assert.Empty(diff.Replaces);
            Assert.Equal([property], diff.DetailedDiff.Keys);
            Assert.Equal(before + 1, await provider.RequestCountAsync("SetAccessControl"));
        }

        var control = await HeldAsync(entry);
        Assert.Equal(["10.1.0.0/16"], control.Texts("allowed_ip_addr"));
        Assert.Equal(["prod"], control.Texts("connected_stages"));
        Assert.Equal("office only", control.Text("description"));
    }

    [Fact]
    public async Task A_new_name_or_api_replaces_it()
    {
        var created = await provider.CreateAsync(Type, "replace", Program("replace-acl"));

        await provider.EachReplacesAsync(created, ("name", "renamed-acl"), ("apiId", fixture.PrivateApiId));
    }

    [Fact]
    public async Task Import_by_api_and_access_control_id_gives_inputs_that_check_and_show_no_diff()
    {
        var created = await provider.CreateAsync(Type, "import-source", Program("import-acl").With("description", "from the console"));

        var imported = await provider.ImportsCleanlyAsync(Type, created.Id);

        Assert.Equal(created.Inputs, imported.Inputs);
    }

    [Fact]
    public async Task Delete_removes_it_a_second_delete_succeeds_and_a_refresh_then_finds_nothing()
    {
        var created = await provider.CreateAsync(Type, "delete", Program("delete-acl"));

        await provider.DeletesForGoodAsync(created, scp => Held(scp, created));
    }
}
