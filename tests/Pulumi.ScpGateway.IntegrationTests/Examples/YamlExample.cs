using System.Text.Json;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Emulator;

namespace Pulumi.ScpGateway.IntegrationTests.Examples;

/// <summary>
/// <c>examples/yaml</c> as committed, run by the engine simulator with the published plugin against an
/// in-process emulator. Credentials and endpoints reach the plugin through the environment, as the
/// example's README tells users, so the program itself carries none.
/// </summary>
public sealed class YamlExample : IAsyncDisposable
{
    public const string Stack = "test";
    public const string ApiName = "shop-" + Stack;

    private readonly string _directory;

    private YamlExample(RunningEmulator emulator)
    {
        Emulator = emulator;
        _directory = Directory.CreateTempSubdirectory("scpgw-example-").FullName;
    }

    public RunningEmulator Emulator { get; }

    public static async Task<YamlExample> StartAsync() => new(await RunningEmulator.StartAsync());

    public string StatePath => Path.Combine(_directory, "state.json");

    public Task<DeploymentResult> RunAsync(DeploymentCommand command, bool expectNoChanges = false) =>
        RunAsync(command, Path.Combine(PluginBinary.RepositoryRoot(), "examples", "yaml"), StatePath, expectNoChanges);

    /// <summary>Another program (one adopt wrote) against the same emulator, as its own stack in <paramref name="statePath"/>.</summary>
    public async Task<DeploymentResult> RunAsync(DeploymentCommand command, string programPath, string statePath, bool expectNoChanges = false)
    {
        var endpoint = Emulator.Host.Endpoint;
        var options = new DeploymentOptions
        {
            ProgramPath = programPath,
            Stack = Stack,
            StatePath = statePath,
            ExpectNoChanges = expectNoChanges,
            PluginEnvironment = new Dictionary<string, string?>
            {
                ["SCP_ACCESS_KEY"] = Emulator.Host.AccessKey,
                ["SCP_SECRET_KEY"] = Emulator.Host.SecretKey,
                ["SCP_APIGATEWAY_ENDPOINT"] = endpoint,
                ["SCP_QUEUESERVICE_ENDPOINT"] = endpoint,
                ["HOME"] = _directory, // keeps a developer's own ~/.scpconf out of the run
            },
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await StackRunner.RunAsync(command, options, timeout.Token);
    }

    /// <summary>Everything the emulator holds (<c>GET /_emulator/state</c>).</summary>
    public async Task<JsonElement> StateAsync() => (await Emulator.Client.AdminAsync("GET", "/_emulator/state")).Body;

    /// <summary>The example's Api as the emulator stores it.</summary>
    public async Task<JsonElement> ApiAsync()
    {
        var apis = (await StateAsync()).GetProperty("apis").EnumerateArray().Select(a => a.GetProperty("api")).ToList();
        return Assert.Single(apis, api => api.GetProperty("name").GetString() == ApiName);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
