using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator;
using static Pulumi.ScpGateway.IntegrationTests.Resources.ApiGatewaySetup;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>One provider and one API with two deployments, a usage plan and a key, shared by the stage tests (each uses its own stage name).</summary>
public sealed class StageFixture() : ApiFixture("stages")
{
    public string FirstDeployment { get; private set; } = "";

    public string SecondDeployment { get; private set; } = "";

    public string UsagePlanId { get; private set; } = "";

    public string ApiKeyId { get; private set; } = "";

    protected override async Task SetUpAsync()
    {
        FirstDeployment = await Provider.CreateDeploymentAsync(ApiId, "first");
        SecondDeployment = await Provider.CreateDeploymentAsync(ApiId, "second");
        var plan = await Provider.Scp.ApiGateway.CreateUsagePlanAsync(ApiId, new UsagePlanCreateRequest { Name = "gold", Limit = 100, Rate = "day" }, null, CancellationToken.None);
        UsagePlanId = plan.UsagePlan.Id;
        var key = await Provider.Scp.ApiGateway.CreateApiKeyAsync(ApiId, UsagePlanId, new ApiKeyCreateRequest { Name = "mobile" }, null, CancellationToken.None);
        ApiKeyId = key.ApiKey.Id;
    }
}

public sealed class StageTests(StageFixture fixture) : IClassFixture<StageFixture>
{
    private const string Type = "Stage";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string name, params (string Key, PropertyValue Value)[] extra) =>
        Map([("apiId", fixture.ApiId), ("name", name), ("deploymentId", fixture.FirstDeployment), .. extra]);

    /// <summary>A stage with CORS on and several multi-item sets, which SCP shows comma-joined.</summary>
    private PropertyMap CorsProgram(string name) => Program(name,
        ("description", "public stage"),
        ("corsEnabled", true),
        ("allowOrigins", List("https://b.example", "https://a.example")),
        ("allowMethods", List("POST", "GET")),
        ("allowHeaders", List("X-Two", "X-One")),
        ("exposeHeaders", List("X-Trace", "X-Count")),
        ("allowCredentials", true),
        ("maxAge", 600.0),
        ("usagePlanId", fixture.UsagePlanId),
        ("connectedApiKeys", List(fixture.ApiKeyId)));

    private async Task<JsonObject> HeldAsync(string stageName) =>
        (await provider.ScpHoldsAsync()).Stage(fixture.ApiId, stageName) ?? throw new InvalidOperationException($"SCP holds no stage {stageName}");

    [Fact]
    public async Task A_preview_with_an_unknown_deployment_calls_no_scp_and_leaves_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreateStage");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview", ("deploymentId", PropertyValue.Computed())), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateStage"));
        Assert.True(preview.Outputs.IsUnknown("invokeUrl"));
        Assert.True(preview.Outputs.IsUnknown("deploymentId"));
        Assert.Equal("preview", preview.Outputs.GetString("name"));
    }

    [Fact]
    public async Task Create_with_defaults_makes_no_configuration_call_and_refresh_shows_no_diff()
    {
        var configs = await provider.RequestCountAsync("SetStageConfiguration");

        var stage = await provider.CreateAsync(Type, "plain", Program("plain"));
        var refreshed = await provider.RefreshAsync(stage);

        Assert.Equal($"{fixture.ApiId}/plain", stage.Id);
        Assert.Equal(configs, await provider.RequestCountAsync("SetStageConfiguration"));
        Assert.Equal(fixture.FirstDeployment, (await HeldAsync("plain")).Text("deployment_id"));
        Assert.EndsWith("/plain", stage.Outputs.GetString("invokeUrl"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(stage.Outputs.GetString("createdAt")));
        await provider.AssertNoDiffAsync(refreshed!, Program("plain"));
    }

    [Fact]
    public async Task Create_with_configuration_sends_it_once_and_comma_joined_sets_read_back_without_diff()
    {
        var configs = await provider.RequestCountAsync("SetStageConfiguration");

        var stage = await provider.CreateAsync(Type, "cors", CorsProgram("cors"));
        var refreshed = await provider.RefreshAsync(stage);

        Assert.Equal(configs + 1, await provider.RequestCountAsync("SetStageConfiguration"));
        Assert.Equal(List("https://a.example", "https://b.example"), stage.Outputs["allowOrigins"]);
        Assert.Equal("gold", stage.Outputs.GetString("usagePlanName"));
        Assert.Equal(List(fixture.ApiKeyId), refreshed!.Inputs["connectedApiKeys"]);
        var held = await HeldAsync("cors");
        Assert.Equal(("public stage", true, false, true, 600L), (held.Text("description"), held.Flag("cors_enabled"), held.Flag("jwt_enabled"), held.Flag("allow_credentials"), held.Number("max_age")));
        Assert.Equal(["https://a.example", "https://b.example"], held.Texts("allow_origins"));
        Assert.Equal(["GET", "POST"], held.Texts("allow_methods"));
        Assert.Equal(["X-One", "X-Two"], held.Texts("allow_headers"));
        Assert.Equal(["X-Count", "X-Trace"], held.Texts("expose_headers"));
        Assert.Equal(fixture.UsagePlanId, held.Text("usage_plan_id"));
        Assert.Equal([fixture.ApiKeyId], held.Texts("connected_api_keys"));
        await provider.AssertNoDiffAsync(refreshed, CorsProgram("cors"));
    }

    [Fact]
    public async Task A_change_made_outside_pulumi_shows_as_exactly_that_property_and_reordered_sets_as_none()
    {
        var stage = await provider.CreateAsync(Type, "drift", CorsProgram("drift"));
        var current = await HeldAsync("drift");
        await provider.Scp.ApiGateway.SetStageConfigurationAsync(fixture.ApiId, "drift", new StageConfig
        {
            CorsEnabled = current.Flag("cors_enabled")!.Value,
            JwtEnabled = current.Flag("jwt_enabled")!.Value,
            AllowCredentials = current.Flag("allow_credentials"),
            // Same sets in another order and spelling (comma-joined, as SCP's documents show some lists): no change.
            AllowOrigins = ["https://b.example,https://a.example"],
            AllowMethods = ["POST", "GET"],
            AllowHeaders = ["X-Two", "X-One"],
            ExposeHeaders = ["X-Trace,X-Count"],
            MaxAge = 60,
            Description = current.Text("description"),
            UsagePlanId = current.Text("usage_plan_id"),
            ConnectedApiKeys = [fixture.ApiKeyId],
        }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(stage);
        var diff = await provider.DiffAsync(refreshed!, CorsProgram("drift"));

        Assert.Equal(60, refreshed!.Outputs.GetInt32("maxAge"));
        Assert.Equal(["maxAge"], Changed(diff));
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["maxAge"].Kind);
    }

    [Fact]
    public async Task Configuration_changes_are_one_configuration_call_in_place()
    {
        var stage = await provider.CreateAsync(Type, "config", Program("config"));
        var news = Program("config", ("description", "now described"), ("jwtEnabled", true), ("allowMethods", List("GET")), ("corsEnabled", true));
        var configs = await provider.RequestCountAsync("SetStageConfiguration");
        var switches = await provider.RequestCountAsync("SetStageActiveDeployment");

        var diff = await provider.DiffAsync(stage, news);
        var updated = await provider.UpdateAsync(stage, news);

        Assert.Empty(diff.Replaces);
        Assert.Equal(["allowMethods", "corsEnabled", "description", "jwtEnabled"], Changed(diff));
        Assert.Equal(configs + 1, await provider.RequestCountAsync("SetStageConfiguration"));
        Assert.Equal(switches, await provider.RequestCountAsync("SetStageActiveDeployment"));
        var held = await HeldAsync("config");
        Assert.Equal(("now described", true, true), (held.Text("description"), held.Flag("jwt_enabled"), held.Flag("cors_enabled")));
        Assert.Equal(["GET"], held.Texts("allow_methods"));
        await provider.AssertNoDiffAsync((await provider.RefreshAsync(updated))!, news);
    }

    [Fact]
    public async Task A_new_deployment_id_is_one_deployment_call_in_place()
    {
        var stage = await provider.CreateAsync(Type, "switch", Program("switch"));
        var news = Program("switch", ("deploymentId", fixture.SecondDeployment));
        var configs = await provider.RequestCountAsync("SetStageConfiguration");
        var switches = await provider.RequestCountAsync("SetStageActiveDeployment");

        var diff = await provider.DiffAsync(stage, news);
        var updated = await provider.UpdateAsync(stage, news);

        Assert.Equal(["deploymentId"], Changed(diff));
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["deploymentId"].Kind);
        Assert.Equal(switches + 1, await provider.RequestCountAsync("SetStageActiveDeployment"));
        Assert.Equal(configs, await provider.RequestCountAsync("SetStageConfiguration"));
        Assert.Equal(fixture.SecondDeployment, updated.Outputs.GetString("deploymentId"));
        Assert.Equal(fixture.SecondDeployment, (await HeldAsync("switch")).Text("deployment_id"));
    }

    [Fact]
    public async Task A_new_name_or_api_replaces_the_stage()
    {
        var stage = await provider.CreateAsync(Type, "fixed", Program("fixed"));

        var renamed = await provider.DiffAsync(stage, Program("renamed"));
        var moved = await provider.DiffAsync(stage, Program("fixed", ("apiId", "other-api")));

        Assert.Equal(["name"], renamed.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, renamed.DetailedDiff["name"].Kind);
        Assert.Equal(["apiId"], moved.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, moved.DetailedDiff["apiId"].Kind);
    }

    [Fact]
    public async Task Import_by_api_and_name_gives_inputs_that_check_and_show_no_diff()
    {
        await provider.CreateAsync(Type, "imported", CorsProgram("imported"));

        var imported = await provider.ImportAsync(Type, "copy", $"{fixture.ApiId}/imported");

        Assert.NotNull(imported);
        var program = await provider.CheckedAsync(Type, "copy", imported.Inputs);
        Assert.Equal(fixture.ApiId, program.GetString("apiId"));
        Assert.Equal(List(fixture.ApiKeyId), program["connectedApiKeys"]);
        var diff = await provider.DiffCheckedAsync(imported, program);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task Delete_removes_the_stage_and_is_done_when_it_is_already_gone()
    {
        var stage = await provider.CreateAsync(Type, "doomed", Program("doomed"));

        Assert.NotNull((await provider.ScpHoldsAsync()).Stage(fixture.ApiId, "doomed"));
        await provider.DeleteAsync(stage);
        await provider.DeleteAsync(stage);

        Assert.Null((await provider.ScpHoldsAsync()).Stage(fixture.ApiId, "doomed"));
        Assert.Null(await provider.RefreshAsync(stage));
    }

    [Fact]
    public async Task A_failed_configuration_after_create_reports_the_stage_and_the_next_update_converges()
    {
        await using var faulty = await ProviderAgainstEmulator.StartAsync(null, new EngineSimulator.ProviderConfig().Set("maxRetries", 0.0));
        var apiId = await faulty.CreateApiAsync("partial");
        var deploymentId = await faulty.CreateDeploymentAsync(apiId, "v1");
        var program = Map(("apiId", apiId), ("name", "half"), ("deploymentId", deploymentId), ("corsEnabled", true), ("allowOrigins", List("https://a.example")));
        await faulty.SetFaultsAsync(new { seed = 1, rate_500 = 1.0, operations = new[] { "SetStageConfiguration" } });

        var error = await Assert.ThrowsAsync<RpcException>(() => faulty.CreateAsync(Type, "half", program));
        var failure = InitFailure(error);
        await faulty.SetFaultsAsync(new { seed = 1 });
        var stage = StateAfter(failure, Type, "half");
        var updated = await faulty.UpdateAsync(stage, program);

        Assert.Equal($"{apiId}/half", failure.Id);
        Assert.False(stage.Outputs.TryGetBool("corsEnabled", out var cors) && cors);
        Assert.True(updated.Outputs.TryGetBool("corsEnabled", out var corsAfter) && corsAfter);
        var held = (await faulty.ScpHoldsAsync()).Stage(apiId, "half");
        Assert.True(held.Flag("cors_enabled"));
        Assert.Equal(["https://a.example"], held.Texts("allow_origins"));
    }

    [Fact]
    public async Task An_update_whose_configuration_fails_after_switching_deployment_reports_the_switch()
    {
        await using var faulty = await ProviderAgainstEmulator.StartAsync(null, new EngineSimulator.ProviderConfig().Set("maxRetries", 0.0));
        var apiId = await faulty.CreateApiAsync("switching");
        var first = await faulty.CreateDeploymentAsync(apiId, "v1");
        var second = await faulty.CreateDeploymentAsync(apiId, "v2");
        var stage = await faulty.CreateAsync(Type, "both", Map(("apiId", apiId), ("name", "both"), ("deploymentId", first)));
        var news = Map(("apiId", apiId), ("name", "both"), ("deploymentId", second), ("jwtEnabled", true));
        await faulty.SetFaultsAsync(new { seed = 1, rate_500 = 1.0, operations = new[] { "SetStageConfiguration" } });

        var error = await Assert.ThrowsAsync<RpcException>(() => faulty.UpdateAsync(stage, news));
        var failure = InitFailure(error);

        var reported = StructConverter.ToPropertyMap(failure.Properties);
        Assert.Equal($"{apiId}/both", failure.Id);
        Assert.Equal(second, reported.GetString("deploymentId"));
        Assert.True(reported.TryGetBool("jwtEnabled", out var jwt) && !jwt);
        var held = (await faulty.ScpHoldsAsync()).Stage(apiId, "both");
        Assert.Equal(second, held.Text("deployment_id"));
        Assert.False(held.Flag("jwt_enabled"));
    }
}
