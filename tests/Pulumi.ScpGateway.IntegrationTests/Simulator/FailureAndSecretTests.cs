using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class FailureAndSecretTests
{
    [Fact]
    public async Task A_partial_create_is_recorded_in_state_its_dependents_stop_and_others_continue()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("""
            name: shop
            runtime: yaml
            resources:
              broken:
                type: scpgateway:index:Api
                properties: { name: broken, failAfterCreate: true }
              child:
                type: scpgateway:index:Stage
                properties: { apiId: "${broken.apiId}", stageName: prod }
              fine:
                type: scpgateway:index:Api
                properties: { name: fine }
            """);

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.False(result.Succeeded);
        Assert.Contains("partially failed", result.Step("broken").Error, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Step("broken").Error!, "the API did not become Active"));
        Assert.Equal(StepOperation.Skipped, result.Step("child").Operation);
        Assert.Equal(StepOperation.Create, result.Step("fine").Operation);
        var state = await program.StateAsync();
        var broken = state.Resources.Single(r => r.Name == "broken");
        Assert.True(broken.PartialFailure);
        Assert.Equal(PropertyValue.FromString("Failed"), broken.Outputs["status"]);
        Assert.Contains(broken.Id, provider.Ids);
        Assert.DoesNotContain(state.Resources, r => r.Name == "child");
    }

    [Fact]
    public async Task A_resource_left_by_a_partial_failure_is_diffed_not_recreated_next_time()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("name: shop\nruntime: yaml\nresources:\n  api:\n    type: scpgateway:index:Api\n    properties: { name: api, failAfterCreate: true }\n");
        await program.RunAsync(DeploymentCommand.Up, provider);
        program.Write("name: shop\nruntime: yaml\nresources:\n  api:\n    type: scpgateway:index:Api\n    properties: { name: api }\n");

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(StepOperation.Update, result.Step("api").Operation);
        Assert.Single(provider.CallsOf("Create"));
        Assert.False((await program.StateAsync()).Resources.Single().PartialFailure);
    }

    [Fact]
    public async Task Secrets_stay_wrapped_in_state_reach_the_provider_wrapped_and_are_masked_in_output()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("""
            name: shop
            runtime: yaml
            config:
              password:
                type: string
                secret: true
            resources:
              api:
                type: scpgateway:index:Api
                properties: { name: api, description: "pw=${password}" }
            outputs:
              description: ${api.description}
              token: ${api.token}
              plain: ${api.name}
            """);

        var result = await program.RunAsync(DeploymentCommand.Up, provider, o => o with
        {
            Config = new Dictionary<string, string> { ["password"] = "hunter2", ["scpgateway:secretKey"] = "sk-very-secret" },
            SecretConfigKeys = new HashSet<string> { "password", "scpgateway:secretKey" },
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sent = StructConverter.ToPropertyMap(((CreateRequest)provider.CallsOf("Create").Single().Request).Properties);
        Assert.True(sent["description"].IsSecret);
        Assert.True(result.Outputs["description"].IsSecret);
        Assert.True(result.Outputs["token"].IsSecret);
        var report = DeploymentReport.Format(result);
        Assert.Contains("description: [secret]", report, StringComparison.Ordinal);
        Assert.Contains("plain: \"api\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", report, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", report, StringComparison.Ordinal);
        var stateText = program.StateText;
        var description = System.Text.Json.Nodes.JsonNode.Parse(stateText)!["resources"]![0]!["inputs"]!["description"]!;
        Assert.Equal("1b47061264138c4ac30d75fd1eb44270", (string?)description["4dabf18193072939515e22adb298388d"]);
        var state = await program.StateAsync();
        Assert.True(state.Resources[0].Inputs["description"].IsSecret);
        Assert.True(state.Resources[0].Outputs["description"].IsSecret);
        Assert.True(state.Resources[0].Outputs["token"].IsSecret);
        Assert.True(state.ProviderConfig["secretKey"].IsSecret);
        var configure = (ConfigureRequest)provider.CallsOf("Configure").Single().Request;
        Assert.True(StructConverter.ToPropertyMap(configure.Args)["secretKey"].IsSecret);
    }

    [Fact]
    public async Task Missing_required_config_is_reported_before_the_provider_is_asked_anything()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("name: shop\nruntime: yaml\nconfig:\n  region:\n    type: string\n");

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.Equal("Missing required configuration variable 'shop:region': set it with --config region=<value>", Assert.Single(result.Errors));
        Assert.Empty(provider.Calls);
    }

    [Fact]
    public async Task A_reference_to_a_missing_output_fails_that_resource_naming_the_property()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("""
            name: shop
            runtime: yaml
            resources:
              api:
                type: scpgateway:index:Api
                properties: { name: api }
              stage:
                type: scpgateway:index:Stage
                properties: { apiId: "${api.nope}" }
            """);

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.Equal("Pulumi.yaml:9:19: resources.stage.properties.apiId: '${api.nope}': there is no property 'nope'", result.Step("stage").Error);
        Assert.Equal(StepOperation.Create, result.Step("api").Operation);
    }
}
