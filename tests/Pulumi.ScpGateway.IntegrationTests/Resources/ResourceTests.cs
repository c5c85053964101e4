using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>Resource (a path segment) through the real plugin against the emulator.</summary>
public sealed class ResourceTests(ActiveApiFixture fixture) : IClassFixture<ActiveApiFixture>
{
    private const string Type = "Resource";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string pathPart, string? parentId = null)
    {
        var program = PropertyMap.Empty.With("apiId", fixture.ApiId).With("pathPart", pathPart);
        return parentId is null ? program : program.With("parentId", parentId);
    }

    private async Task<IReadOnlyList<JsonObject>> ListAsync() => [.. (await provider.ScpHoldsAsync()).Resources(fixture.ApiId)];

    [Fact]
    public async Task A_preview_with_an_unknown_api_calls_no_scp_and_leaves_the_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreateResource");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview").With("apiId", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateResource"));
        Assert.True(preview.Outputs["resourceId"].IsComputed);
        Assert.True(preview.Outputs["path"].IsComputed);
    }

    [Fact]
    public async Task Without_a_parent_it_goes_below_the_root_and_a_child_gets_the_full_path()
    {
        var users = await provider.CreateAsync(Type, "users", Program("users"));
        var user = await provider.CreateAsync(Type, "user", Program("{user-id}", users.Outputs.GetString("resourceId")));

        var usersId = users.Outputs.GetString("resourceId");
        Assert.Equal($"{fixture.ApiId}/{usersId}", users.Id);
        Assert.Equal("/users", users.Outputs.GetString("path"));
        Assert.Equal("/users/{user-id}", user.Outputs.GetString("path"));
        var listed = await ListAsync();
        var held = Assert.Single(listed, resource => resource.Text("id") == usersId);
        Assert.Equal(("users", "/users", fixture.RootResourceId), (held.Text("path_part"), held.Text("path"), held.Text("parent_id")));
        var child = Assert.Single(listed, resource => resource.Text("path") == "/users/{user-id}");
        Assert.Equal(("{user-id}", usersId), (child.Text("path_part"), child.Text("parent_id")));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff_with_or_without_a_parent()
    {
        var implicitRoot = await provider.CreateAsync(Type, "refresh-a", Program("refresh-a"));
        var explicitRoot = await provider.CreateAsync(Type, "refresh-b", Program("refresh-b", fixture.RootResourceId));

        var refreshedA = await provider.RefreshAsync(implicitRoot);
        var refreshedB = await provider.RefreshAsync(explicitRoot);

        Assert.False(refreshedA!.Inputs.ContainsKey("parentId"));
        Assert.Equal(fixture.RootResourceId, refreshedB!.Inputs.GetString("parentId"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(refreshedA, Program("refresh-a"))).Changes);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(refreshedB, Program("refresh-b", fixture.RootResourceId))).Changes);
    }

    [Fact]
    public async Task A_segment_deleted_outside_pulumi_reads_as_gone_on_refresh()
    {
        // SCP cannot change a resource in place: the only out-of-band change is deleting it.
        var created = await provider.CreateAsync(Type, "drift", Program("drift"));
        await provider.Scp.ApiGateway.DeleteResourceAsync(fixture.ApiId, created.Outputs.GetString("resourceId"), CancellationToken.None);

        Assert.Null(await provider.RefreshAsync(created));
    }

    [Theory]
    [InlineData("pathPart", "other")]
    [InlineData("parentId", "some-parent")]
    [InlineData("apiId", "other-api")]
    public async Task Every_input_change_replaces_the_resource(string property, string value)
    {
        var created = await provider.CreateAsync(Type, "replace-" + property, Program("replace-" + property.ToLowerInvariant()));

        var diff = await provider.DiffAsync(created, created.Inputs.With(property, value));

        Assert.Equal([property], diff.Replaces);
        Assert.Equal(property == "parentId" ? PropertyDiff.Types.Kind.AddReplace : PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff[property].Kind);
    }

    [Fact]
    public async Task Import_by_api_and_resource_id_gives_inputs_that_check_and_show_no_diff()
    {
        var parent = await provider.CreateAsync(Type, "import-parent", Program("import-parent"));
        var child = await provider.CreateAsync(Type, "import-child", Program("{order-id}", parent.Outputs.GetString("resourceId")));

        var importedParent = await provider.ImportAsync(Type, "imported-parent", parent.Id);
        var importedChild = await provider.ImportAsync(Type, "imported-child", child.Id);

        Assert.False(importedParent!.Inputs.ContainsKey("parentId"));
        Assert.Equal("import-parent", importedParent.Inputs.GetString("pathPart"));
        Assert.Equal(parent.Outputs.GetString("resourceId"), importedChild!.Inputs.GetString("parentId"));
        Assert.Equal("/import-parent/{order-id}", importedChild.Outputs.GetString("path"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(importedParent, importedParent.Inputs)).Changes);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await provider.DiffAsync(importedChild, importedChild.Inputs)).Changes);
    }

    [Fact]
    public async Task Delete_removes_it_and_a_second_delete_or_a_refresh_finds_it_gone()
    {
        var created = await provider.CreateAsync(Type, "delete", Program("delete-me"));

        Assert.Contains(await ListAsync(), resource => resource.Text("id") == created.Outputs.GetString("resourceId"));
        await provider.DeleteAsync(created);

        Assert.DoesNotContain(await ListAsync(), resource => resource.Text("id") == created.Outputs.GetString("resourceId"));
        await provider.DeleteAsync(created);
        Assert.Null(await provider.RefreshAsync(created));
    }
}
