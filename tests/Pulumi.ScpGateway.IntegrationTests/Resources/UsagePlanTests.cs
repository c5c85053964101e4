using Pulumi.ScpGateway.Host.Protos;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.IntegrationTests.Resources.ApiGatewaySetup;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>One provider and one API shared by the usage plan tests (each uses its own plan name).</summary>
public sealed class UsagePlanFixture() : ApiFixture("plans");

public sealed class UsagePlanTests(UsagePlanFixture fixture) : IClassFixture<UsagePlanFixture>
{
    private const string Type = "UsagePlan";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string name, params (string Key, PropertyValue Value)[] extra) =>
        Map([("apiId", fixture.ApiId), ("name", name), ("limit", 1000.0), ("rate", "day"), .. extra]);

    private async Task<JsonObject?> FindAsync(StateEntry plan) =>
        (await provider.ScpHoldsAsync()).UsagePlan(fixture.ApiId, plan.Outputs.GetString("usagePlanId"));

    [Fact]
    public async Task A_preview_with_an_unknown_api_calls_no_scp_and_leaves_the_id_unknown()
    {
        var before = await provider.RequestCountAsync("CreateUsagePlan");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview", ("apiId", PropertyValue.Computed())), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateUsagePlan"));
        Assert.True(preview.Outputs.IsUnknown("usagePlanId"));
        Assert.True(preview.Outputs.IsUnknown("createdAt"));
    }

    [Fact]
    public async Task Create_gives_complete_outputs_an_autoname_and_refresh_shows_no_diff()
    {
        var program = Map(("apiId", fixture.ApiId), ("limit", 50.0), ("rate", "HOUR"));

        var plan = await provider.CreateAsync(Type, "Bronze", program);
        var refreshed = await provider.RefreshAsync(plan);

        var planId = plan.Outputs.GetString("usagePlanId");
        Assert.Equal($"{fixture.ApiId}/{planId}", plan.Id);
        Assert.Matches("^bronze-[a-z0-9]{7}$", plan.Outputs.GetString("name"));
        Assert.Equal("hour", plan.Outputs.GetString("rate"));
        Assert.False(string.IsNullOrEmpty(plan.Outputs.GetString("createdAt")));
        var held = await FindAsync(plan);
        Assert.Equal((plan.Outputs.GetString("name"), 50L, "hour"), (held.Text("name"), held.Number("limit"), held.Text("rate")));
        await provider.AssertNoDiffAsync(refreshed!, program);
    }

    [Fact]
    public async Task A_change_made_outside_pulumi_shows_as_exactly_that_property()
    {
        var plan = await provider.CreateAsync(Type, "drift", Program("drift-plan", ("description", "for partners")));
        await provider.Scp.ApiGateway.SetUsagePlanQuotaAsync(fixture.ApiId, plan.Outputs.GetString("usagePlanId"), new UsagePlanQuota { Limit = 7, Rate = "day" }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(plan);
        var diff = await provider.DiffAsync(refreshed!, Program("drift-plan", ("description", "for partners")));

        Assert.Equal(["limit"], Changed(diff));
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["limit"].Kind);
    }

    [Fact]
    public async Task Limit_and_rate_change_through_one_quota_call()
    {
        var plan = await provider.CreateAsync(Type, "quota", Program("quota-plan"));
        var news = Program("quota-plan", ("limit", 20.0), ("rate", "month"));
        var quotas = await provider.RequestCountAsync("SetUsagePlanQuota");
        var descriptions = await provider.RequestCountAsync("SetUsagePlanDescription");

        var diff = await provider.DiffAsync(plan, news);
        var updated = await provider.UpdateAsync(plan, news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(["limit", "rate"], Changed(diff));
        Assert.Equal(quotas + 1, await provider.RequestCountAsync("SetUsagePlanQuota"));
        Assert.Equal(descriptions, await provider.RequestCountAsync("SetUsagePlanDescription"));
        Assert.Equal(plan.Outputs.GetString("usagePlanId"), updated.Outputs.GetString("usagePlanId"));
        var held = await FindAsync(plan);
        Assert.Equal((20L, "month"), (held.Number("limit"), held.Text("rate")));
    }

    [Fact]
    public async Task The_description_changes_through_one_description_call()
    {
        var plan = await provider.CreateAsync(Type, "described", Program("described-plan"));
        var news = Program("described-plan", ("description", "partners only"));
        var quotas = await provider.RequestCountAsync("SetUsagePlanQuota");
        var descriptions = await provider.RequestCountAsync("SetUsagePlanDescription");

        var updated = await provider.UpdateAsync(plan, news);

        Assert.Equal(descriptions + 1, await provider.RequestCountAsync("SetUsagePlanDescription"));
        Assert.Equal(quotas, await provider.RequestCountAsync("SetUsagePlanQuota"));
        Assert.Equal("partners only", (await FindAsync(plan)).Text("description"));
        await provider.AssertNoDiffAsync((await provider.RefreshAsync(updated))!, news);
    }

    [Fact]
    public async Task A_new_name_replaces_the_plan()
    {
        var plan = await provider.CreateAsync(Type, "named", Program("named-plan"));

        var diff = await provider.DiffAsync(plan, Program("renamed-plan"));

        Assert.Equal(["name"], diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff["name"].Kind);
    }

    [Fact]
    public async Task Import_by_api_and_plan_id_gives_inputs_that_check_and_show_no_diff()
    {
        var plan = await provider.CreateAsync(Type, "original", Program("import-plan", ("description", "imported")));

        var imported = await provider.ImportAsync(Type, "copy", plan.Id);

        Assert.NotNull(imported);
        var program = await provider.CheckedAsync(Type, "copy", imported.Inputs);
        Assert.Equal("import-plan", program.GetString("name"));
        Assert.Equal(1000, program.GetInt32("limit"));
        var diff = await provider.DiffCheckedAsync(imported, program);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task Delete_removes_the_plan_and_is_done_when_it_is_already_gone()
    {
        var plan = await provider.CreateAsync(Type, "doomed", Program("doomed-plan"));

        Assert.NotNull(await FindAsync(plan));
        await provider.DeleteAsync(plan);
        await provider.DeleteAsync(plan);

        Assert.Null(await FindAsync(plan));
        Assert.Null(await provider.RefreshAsync(plan));
    }
}
