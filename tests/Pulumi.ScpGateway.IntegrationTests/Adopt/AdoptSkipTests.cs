using System.Net;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Examples;

namespace Pulumi.ScpGateway.IntegrationTests.Adopt;

/// <summary>What adopt cannot read is named and skipped; the rest is still adopted and imports cleanly.</summary>
public sealed class AdoptSkipTests
{
    [Fact]
    public async Task A_missing_api_and_a_refused_list_are_reported_and_the_rest_is_adopted()
    {
        await using var example = await YamlExample.StartAsync();
        Assert.True((await example.RunAsync(DeploymentCommand.Up)).Succeeded);
        // SCP refuses to list the API's auths (every attempt fails; maxRetries=0 keeps the run short).
        var faults = await example.Emulator.Client.AdminAsync("PUT", "/_emulator/faults", new { seed = 1, rate_500 = 1.0, operations = new[] { "ListAuths" } });
        Assert.Equal(HttpStatusCode.OK, faults.Status);
        var directory = Directory.CreateTempSubdirectory("scpgw-adopt-skip-").FullName;
        try
        {
            var adopt = await AdoptRun.StartAsync(example.Emulator, directory, "--api", "no-such-api", "--api", YamlExample.ApiName, "--config", "maxRetries=0");

            Assert.True(adopt.ExitCode == 0, adopt.Output + adopt.Errors);
            Assert.Contains("  skipped: API 'no-such-api': no API with this id or name in the account\n", adopt.Output, StringComparison.Ordinal);
            Assert.Contains($"  skipped: API {YamlExample.ApiName}: auths: SCP answered 500", adopt.Output, StringComparison.Ordinal);
            Assert.Contains("adopted 17 objects: ", adopt.Output, StringComparison.Ordinal);
            Assert.Contains("skipped (2):\n", adopt.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("scpgateway:index:Auth", adopt.YamlProgram, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await example.Emulator.Client.AdminAsync("PUT", "/_emulator/faults", new { seed = 1 })).Status);
            var import = await example.RunAsync(DeploymentCommand.Up, adopt.YamlProgramDirectory, Path.Combine(directory, "state.json"));
            Assert.True(import.Succeeded, string.Join("\n", import.Errors));
            Assert.Equal(17, import.Count(StepOperation.Import));
            Assert.Equal(17, import.Steps.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
