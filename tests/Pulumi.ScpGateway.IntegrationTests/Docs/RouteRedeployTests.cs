using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Resources;
using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Docs;

/// <summary>
/// The Deployment and Stage docs examples as a user copies them: change a route, run `up` again, and
/// the stage serves a new deployment made after the change. Without the triggers it would not, which
/// is why the docs lead with them (SCP shows nothing the provider could warn by).
/// </summary>
public class RouteRedeployTests
{
    private const string OldBackend = "https://backend.example.com/users";
    private const string NewBackend = "https://backend.example.com/v2/users";

    [Theory]
    [InlineData("Deployment")]
    [InlineData("Stage")]
    public async Task Changing_a_route_in_the_example_deploys_again_and_the_stage_serves_the_new_deployment(string name)
    {
        await using var emulator = await DocExample.StartEmulatorAsync();
        var program = File.ReadAllText(Path.Combine(DocExample.ExamplesDirectory, name + ".yaml"));
        using var example = DocExample.From(emulator, program);
        await example.RunAsync(DeploymentCommand.Up);
        var before = await ServedAsync(emulator);
        Assert.Equal(OldBackend, before.EndpointUrl);

        example.Rewrite(program.Replace(OldBackend, NewBackend, StringComparison.Ordinal));
        var up = await example.RunAsync(DeploymentCommand.Up);
        var after = await ServedAsync(emulator);

        Assert.Equal(NewBackend, after.EndpointUrl);
        Assert.Equal(StepOperation.Update, up.Step("list-users").Operation);
        Assert.Equal(StepOperation.Replace, up.Step("release").Operation);
        Assert.NotEqual(before.StageDeploymentId, after.StageDeploymentId);
        Assert.Equal(after.Deployments.Except([before.StageDeploymentId]), [after.StageDeploymentId]);
    }

    [Fact]
    public async Task Without_triggers_a_route_change_leaves_the_stage_on_the_old_deployment()
    {
        await using var emulator = await DocExample.StartEmulatorAsync();
        var program = File.ReadAllText(Path.Combine(DocExample.ExamplesDirectory, "Stage.yaml"));
        var triggers = program.IndexOf("      triggers:", StringComparison.Ordinal);
        // What the Stage page used to show: the deployment only waits for the method.
        var untriggered = program[..triggers] + "    options:\n      dependsOn:\n        - ${list-users}\n"
            + program[program.IndexOf("  dev:", triggers, StringComparison.Ordinal)..];
        using var example = DocExample.From(emulator, untriggered);
        await example.RunAsync(DeploymentCommand.Up);
        var before = await ServedAsync(emulator);

        example.Rewrite(untriggered.Replace(OldBackend, NewBackend, StringComparison.Ordinal));
        await example.RunAsync(DeploymentCommand.Up);
        var after = await ServedAsync(emulator);

        Assert.Equal(NewBackend, after.EndpointUrl);
        Assert.Equal(before.StageDeploymentId, after.StageDeploymentId);
        Assert.Equal([before.StageDeploymentId], after.Deployments);
    }

    /// <summary>What SCP holds for the example's API (raw emulator state): the GET method's backend, the dev stage's deployment and all deployments.</summary>
    private static async Task<(string? EndpointUrl, string? StageDeploymentId, IReadOnlyList<string?> Deployments)> ServedAsync(EmulatorHost emulator)
    {
        using var admin = new HttpClient();
        var scp = new ScpRecords((await admin.GetFromJsonAsync<JsonNode>(new Uri(emulator.BaseUrl, "_emulator/state")))!);
        var api = Assert.Single(scp.Apis);
        var apiId = api.Text("id")!;
        var users = Assert.Single(scp.Resources(apiId), resource => resource.Text("path") == "/users");
        return (
            scp.Method(apiId, users.Text("id")!, "GET").Text("endpoint_url"),
            scp.Stage(apiId, "dev").Text("deployment_id"),
            [.. scp.Deployments(apiId).Select(deployment => deployment.Text("id"))]);
    }
}
