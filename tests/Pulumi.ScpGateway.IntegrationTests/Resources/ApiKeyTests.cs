using Pulumi.ScpGateway.Host.Protos;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.IntegrationTests.Resources.ApiGatewaySetup;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>One provider, API and usage plan shared by the API key tests (each uses its own key name).</summary>
public sealed class ApiKeyFixture() : ApiFixture("keys")
{
    public string UsagePlanId { get; private set; } = "";

    protected override async Task SetUpAsync()
    {
        var plan = await Provider.Scp.ApiGateway.CreateUsagePlanAsync(ApiId, new UsagePlanCreateRequest { Name = "silver", Limit = 10, Rate = "hour" }, null, CancellationToken.None);
        UsagePlanId = plan.UsagePlan.Id;
    }
}

public sealed class ApiKeyTests(ApiKeyFixture fixture) : IClassFixture<ApiKeyFixture>
{
    private const string Type = "ApiKey";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string name, params (string Key, PropertyValue Value)[] extra) =>
        Map([("apiId", fixture.ApiId), ("usagePlanId", fixture.UsagePlanId), ("name", name), .. extra]);

    private async Task<JsonObject?> FindAsync(string apiKeyId) =>
        (await provider.ScpHoldsAsync()).ApiKey(fixture.ApiId, fixture.UsagePlanId, apiKeyId);

    [Fact]
    public async Task A_preview_with_an_unknown_usage_plan_calls_no_scp_and_leaves_the_key_unknown()
    {
        var before = await provider.RequestCountAsync("CreateApiKey");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview-key", ("usagePlanId", PropertyValue.Computed())), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateApiKey"));
        Assert.True(preview.Outputs.IsUnknown("apiKeyId"));
        Assert.True(preview.Outputs.IsUnknown("key"));
    }

    [Fact]
    public async Task Create_gives_the_key_as_a_secret_and_refresh_shows_no_diff()
    {
        var program = Map(("apiId", fixture.ApiId), ("usagePlanId", fixture.UsagePlanId));

        var key = await provider.CreateAsync(Type, "Mobile", program);
        var refreshed = await provider.RefreshAsync(key);

        var apiKeyId = key.Outputs.GetString("apiKeyId");
        Assert.Equal($"{fixture.ApiId}/{fixture.UsagePlanId}/{apiKeyId}", key.Id);
        Assert.Matches("^mobile-[a-z0-9]{7}$", key.Outputs.GetString("name"));
        Assert.True(key.Outputs.IsSecret("key"));
        var held = await FindAsync(apiKeyId);
        Assert.Equal(key.Outputs.GetString("name"), held.Text("name"));
        Assert.Equal(held.Text("key"), key.Outputs["key"].SecretValue.AsString);
        Assert.True(refreshed!.Outputs.IsSecret("key"));
        await provider.AssertNoDiffAsync(refreshed, program);
    }

    [Fact]
    public async Task A_change_made_outside_pulumi_shows_as_exactly_that_property()
    {
        var key = await provider.CreateAsync(Type, "drift", Program("drift-key", ("description", "ours")));
        await provider.Scp.ApiGateway.SetApiKeyDescriptionAsync(fixture.ApiId, fixture.UsagePlanId, key.Outputs.GetString("apiKeyId"), new DescriptionRequest { Description = "theirs" }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(key);
        var diff = await provider.DiffAsync(refreshed!, Program("drift-key", ("description", "ours")));

        Assert.Equal(["description"], Changed(diff));
    }

    [Fact]
    public async Task The_description_changes_through_one_description_call_and_the_key_stays()
    {
        var key = await provider.CreateAsync(Type, "described", Program("described-key"));
        var news = Program("described-key", ("description", "for the app"));
        var calls = await provider.RequestCountAsync("SetApiKeyDescription");

        var diff = await provider.DiffAsync(key, news);
        var updated = await provider.UpdateAsync(key, news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(calls + 1, await provider.RequestCountAsync("SetApiKeyDescription"));
        Assert.Equal("for the app", (await FindAsync(key.Outputs.GetString("apiKeyId"))).Text("description"));
        Assert.Equal(key.Outputs["key"], updated.Outputs["key"]);
        Assert.True(updated.Outputs.IsSecret("key"));
    }

    [Fact]
    public async Task A_new_name_or_usage_plan_replaces_the_key()
    {
        var key = await provider.CreateAsync(Type, "named", Program("named-key"));

        var renamed = await provider.DiffAsync(key, Program("renamed-key"));
        var moved = await provider.DiffAsync(key, Program("named-key", ("usagePlanId", "another-plan")));

        Assert.Equal(["name"], renamed.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, renamed.DetailedDiff["name"].Kind);
        Assert.Equal(["usagePlanId"], moved.Replaces);
    }

    [Fact]
    public async Task Import_by_api_plan_and_key_id_gives_inputs_that_check_and_show_no_diff()
    {
        var key = await provider.CreateAsync(Type, "original", Program("import-key", ("description", "imported")));

        var imported = await provider.ImportAsync(Type, "copy", key.Id);

        Assert.NotNull(imported);
        Assert.True(imported.Outputs.IsSecret("key"));
        var program = await provider.CheckedAsync(Type, "copy", imported.Inputs);
        Assert.Equal("import-key", program.GetString("name"));
        var diff = await provider.DiffCheckedAsync(imported, program);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task Delete_removes_the_key_and_is_done_when_it_is_already_gone()
    {
        var key = await provider.CreateAsync(Type, "doomed", Program("doomed-key"));

        Assert.NotNull(await FindAsync(key.Outputs.GetString("apiKeyId")));
        await provider.DeleteAsync(key);
        await provider.DeleteAsync(key);

        Assert.Null(await FindAsync(key.Outputs.GetString("apiKeyId")));
        Assert.Null(await provider.RefreshAsync(key));
    }
}
