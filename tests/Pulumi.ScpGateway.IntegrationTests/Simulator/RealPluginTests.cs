using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

/// <summary>The runner's default wiring: it starts the published plugin binary itself.</summary>
public class RealPluginTests
{
    [Fact]
    public async Task Preview_of_an_empty_program_loads_and_configures_the_real_plugin()
    {
        using var program = new ProgramDirectory("name: empty\nruntime: yaml\n");

        var result = await StackRunner.RunAsync(DeploymentCommand.Preview, Options(program));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Steps);
    }

    [Fact]
    public async Task A_type_the_plugin_does_not_serve_fails_that_resource_with_the_plugins_answer()
    {
        using var program = new ProgramDirectory("""
            name: one
            runtime: yaml
            resources:
              thing:
                type: scpgateway:index:NoSuchThing
                properties: { name: one-thing }
            """);

        var result = await StackRunner.RunAsync(DeploymentCommand.Preview, Options(program));

        Assert.False(result.Succeeded);
        var step = result.Step("thing");
        Assert.Equal(StepOperation.Failed, step.Operation);
        Assert.StartsWith("scpgateway:index:NoSuchThing thing: Check failed", step.Error, StringComparison.Ordinal);
        Assert.Equal(step.Error, Assert.Single(result.Errors));
    }

    private static DeploymentOptions Options(ProgramDirectory program) => new()
    {
        ProgramPath = program.Path,
        StatePath = program.StatePath,
        Config = new Dictionary<string, string>
        {
            ["scpgateway:accessKey"] = "AK",
            ["scpgateway:secretKey"] = "SK",
            ["scpgateway:apiGatewayEndpoint"] = "http://127.0.0.1:9",
            ["scpgateway:queueServiceEndpoint"] = "http://127.0.0.1:9",
        },
        SecretConfigKeys = new HashSet<string> { "scpgateway:secretKey" },
    };

    [Fact]
    public async Task Missing_credentials_are_reported_with_the_variables_the_plugin_names()
    {
        using var program = new ProgramDirectory("name: empty\nruntime: yaml\n");
        var home = Directory.CreateTempSubdirectory("scpgw-home-").FullName;
        var options = Options(program) with
        {
            Config = new Dictionary<string, string> { ["scpgateway:apiGatewayEndpoint"] = "http://127.0.0.1:9", ["scpgateway:queueServiceEndpoint"] = "http://127.0.0.1:9" },
            PluginEnvironment = new Dictionary<string, string?>
            {
                ["HOME"] = home, // no ~/.scpconf
                ["SCP_ACCESS_KEY"] = null,
                ["SCP_TF_ACCESS_KEY"] = null,
                ["SCP_SECRET_KEY"] = null,
                ["SCP_TF_SECRET_KEY"] = null,
            },
        };

        var result = await StackRunner.RunAsync(DeploymentCommand.Preview, options);

        var error = Assert.Single(result.Errors);
        Assert.Contains("scpgateway:accessKey", error, StringComparison.Ordinal);
        Assert.Contains("SCP_ACCESS_KEY", error, StringComparison.Ordinal);
        Assert.Contains("SCP_SECRET_KEY", error, StringComparison.Ordinal);
        Directory.Delete(home, recursive: true);
    }
}
