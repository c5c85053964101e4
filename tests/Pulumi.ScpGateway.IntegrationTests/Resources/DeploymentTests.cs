using Pulumi.ScpGateway.Host.Protos;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.IntegrationTests.Resources.ApiGatewaySetup;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>One provider and one API (with a stage) shared by the deployment tests.</summary>
public sealed class DeploymentFixture() : ApiFixture("deployments")
{
    protected override async Task SetUpAsync()
    {
        var first = await Provider.CreateDeploymentAsync(ApiId, "first");
        await Provider.Scp.ApiGateway.CreateStageAsync(ApiId, new StageCreateRequest { StageName = "live", DeploymentId = first }, null, CancellationToken.None);
    }
}

public sealed class DeploymentTests(DeploymentFixture fixture) : IClassFixture<DeploymentFixture>
{
    private const string Type = "Deployment";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string description, params (string Key, PropertyValue Value)[] extra) =>
        Map([("apiId", fixture.ApiId), ("description", description), ("triggers", PropertyValue.FromObject(Map(("hash", "h1")))), .. extra]);

    private async Task<JsonObject?> FindAsync(string deploymentId) => (await provider.ScpHoldsAsync()).Deployment(fixture.ApiId, deploymentId);

    [Fact]
    public async Task A_preview_with_an_unknown_api_calls_no_scp_and_leaves_the_id_unknown()
    {
        var before = await provider.RequestCountAsync("CreateApiDeployment");

        var preview = await provider.CreateAsync(Type, "preview", Program("v0", ("apiId", PropertyValue.Computed())), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateApiDeployment"));
        Assert.True(preview.Outputs.IsUnknown("deploymentId"));
        Assert.True(preview.Outputs.IsUnknown("deploymentDate"));
    }

    [Fact]
    public async Task Create_gives_complete_outputs_and_refresh_keeps_triggers_without_diff()
    {
        var deployment = await provider.CreateAsync(Type, "v1", Program("v1"));
        var refreshed = await provider.RefreshAsync(deployment);

        var deploymentId = deployment.Outputs.GetString("deploymentId");
        Assert.Equal($"{fixture.ApiId}/{deploymentId}", deployment.Id);
        Assert.False(string.IsNullOrEmpty(deployment.Outputs.GetString("deploymentDate")));
        Assert.Equal("v1", (await FindAsync(deploymentId)).Text("description"));
        Assert.Equal(PropertyValue.FromObject(Map(("hash", "h1"))), refreshed!.Inputs["triggers"]);
        await provider.AssertNoDiffAsync(refreshed, Program("v1"));
    }

    [Fact]
    public async Task A_stage_name_deploys_into_that_existing_stage()
    {
        var deployment = await provider.CreateAsync(Type, "live", Program("to live", ("stageName", "live")));
        var refreshed = await provider.RefreshAsync(deployment);

        var scp = await provider.ScpHoldsAsync();
        Assert.Equal(deployment.Outputs.GetString("deploymentId"), scp.Stage(fixture.ApiId, "live").Text("deployment_id"));
        Assert.Equal("live", scp.Deployment(fixture.ApiId, deployment.Outputs.GetString("deploymentId")).Text("stage_name"));
        Assert.Equal("live", refreshed!.Inputs.GetString("stageName"));
        await provider.AssertNoDiffAsync(refreshed, Program("to live", ("stageName", "live")));
    }

    [Fact]
    public async Task Every_input_change_makes_a_new_deployment()
    {
        var deployment = await provider.CreateAsync(Type, "fixed", Program("fixed"));

        var retriggered = await provider.DiffAsync(deployment, Program("fixed", ("triggers", PropertyValue.FromObject(Map(("hash", "h2"))))));
        var redescribed = await provider.DiffAsync(deployment, Program("other"));
        var staged = await provider.DiffAsync(deployment, Program("fixed", ("stageName", "live")));

        Assert.Equal(["triggers"], retriggered.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, retriggered.DetailedDiff["triggers"].Kind);
        Assert.Equal(["description"], redescribed.Replaces);
        Assert.Equal(["stageName"], staged.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.AddReplace, staged.DetailedDiff["stageName"].Kind);
    }

    [Fact]
    public async Task Import_leaves_out_triggers_and_stage_name_and_shows_no_diff()
    {
        var deployment = await provider.CreateAsync(Type, "original", Program("imported"));

        var imported = await provider.ImportAsync(Type, "copy", deployment.Id);

        Assert.NotNull(imported);
        Assert.False(imported.Inputs.ContainsKey("triggers"));
        Assert.False(imported.Inputs.ContainsKey("stageName"));
        var program = await provider.CheckedAsync(Type, "copy", imported.Inputs, imported.Inputs);
        Assert.Equal("imported", program.GetString("description"));
        var diff = await provider.DiffCheckedAsync(imported, program);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task Delete_forgets_the_deployment_with_a_warning_that_it_stays_in_scp()
    {
        var deployment = await provider.CreateAsync(Type, "kept", Program("kept"));

        await provider.DeleteAsync(deployment);

        var warning = await provider.Session.Engine.WaitForLogAsync(
            entry => entry.Urn == deployment.Urn && entry.Severity == LogSeverity.Warning, TimeSpan.FromSeconds(10));
        Assert.Contains(deployment.Outputs.GetString("deploymentId"), warning.Message, StringComparison.Ordinal);
        Assert.Contains("stays in SCP", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(await FindAsync(deployment.Outputs.GetString("deploymentId")));
    }

    [Fact]
    public async Task Refresh_of_a_deployment_whose_api_is_gone_answers_gone()
    {
        var apiId = await provider.CreateApiAsync("short-lived");
        var deployment = await provider.CreateAsync(Type, "orphan", Map(("apiId", apiId), ("description", "orphan")));
        var missing = deployment with { Id = $"{fixture.ApiId}/no-such-deployment" };
        await provider.Scp.ApiGateway.DeleteApiAsync(apiId, CancellationToken.None);

        Assert.Null(await provider.RefreshAsync(deployment));
        Assert.Null(await provider.RefreshAsync(missing));
    }

    [Fact]
    public async Task A_failed_read_after_create_reports_the_deployment_and_the_next_update_converges()
    {
        await using var faulty = await ProviderAgainstEmulator.StartAsync(null, new EngineSimulator.ProviderConfig().Set("maxRetries", 0.0));
        var apiId = await faulty.CreateApiAsync("partial");
        var program = Map(("apiId", apiId), ("description", "half"));
        await faulty.SetFaultsAsync(new { seed = 1, rate_500 = 1.0, operations = new[] { "ListApiDeployments" } });

        var error = await Assert.ThrowsAsync<RpcException>(() => faulty.CreateAsync(Type, "half", program));
        var failure = InitFailure(error);
        await faulty.SetFaultsAsync(new { seed = 1 });
        var deployment = StateAfter(failure, Type, "half");
        var updated = await faulty.UpdateAsync(deployment, program);

        var deploymentId = deployment.Outputs.GetString("deploymentId");
        Assert.Equal($"{apiId}/{deploymentId}", failure.Id);
        Assert.False(deployment.Outputs.TryGetString("deploymentDate", out _));
        Assert.Equal(deploymentId, updated.Outputs.GetString("deploymentId"));
        Assert.False(string.IsNullOrEmpty(updated.Outputs.GetString("deploymentDate")));
        Assert.Single((await faulty.ScpHoldsAsync()).Deployments(apiId));
    }
}
