using System.Text.Json;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Examples;

namespace Pulumi.ScpGateway.IntegrationTests.Adopt;

/// <summary>
/// <c>examples/yaml</c> deployed by one stack; adopt run against that account; the YAML program it wrote
/// run by a second, new stack: up (the imports), refresh --expect-no-changes, preview.
/// </summary>
public sealed class AdoptedExample : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scpgw-adopt-").FullName;

    public YamlExample Example { get; private set; } = null!;

    public DeploymentResult Deployed { get; private set; } = null!;

    public AdoptRun Adopt { get; private set; } = null!;

    public DeploymentResult Import { get; private set; } = null!;

    public DeploymentResult Refresh { get; private set; } = null!;

    public DeploymentResult Preview { get; private set; } = null!;

    public string AdoptedStatePath => Path.Combine(_directory, "adopted-state.json");

    public async Task InitializeAsync()
    {
        Example = await YamlExample.StartAsync();
        Deployed = await Example.RunAsync(DeploymentCommand.Up);
        Assert.True(Deployed.Succeeded, string.Join("\n", Deployed.Errors));
        Adopt = await AdoptRun.StartAsync(Example.Emulator, Path.Combine(_directory, "out"), "--api", YamlExample.ApiName, "--all-queues", "--project", "shop-adopted");
        Assert.True(Adopt.ExitCode == 0, Adopt.Output + Adopt.Errors);
        Import = await Example.RunAsync(DeploymentCommand.Up, Adopt.YamlProgramDirectory, AdoptedStatePath);
        Refresh = await Example.RunAsync(DeploymentCommand.Refresh, Adopt.YamlProgramDirectory, AdoptedStatePath, expectNoChanges: true);
        Preview = await Example.RunAsync(DeploymentCommand.Preview, Adopt.YamlProgramDirectory, AdoptedStatePath);
    }

    /// <summary>The secret values SCP holds for the example: API key values and the auth's access token.</summary>
    public async Task<IReadOnlyList<string>> SecretsAsync()
    {
        var api = await Example.ApiAsync();
        var keys = api.GetProperty("usage_plans").EnumerateObject()
            .SelectMany(plan => plan.Value.GetProperty("api_keys").EnumerateObject())
            .Select(key => key.Value.GetProperty("key").GetString()!);
        var tokens = api.GetProperty("auths").EnumerateObject().Select(auth => auth.Value.GetProperty("access_token").GetString()!);
        return [.. keys, .. tokens];
    }

    public static async Task<StackState> StateAsync(string path) =>
        await StateFile.LoadAsync(path, CancellationToken.None) ?? throw new InvalidOperationException($"no state in {path}");

    public async Task DisposeAsync()
    {
        await Example.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
