using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Emulator;
using Pulumi.ScpGateway.IntegrationTests.Simulator;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// A stack under test: an in-process emulator, a program directory with its state file, and the
/// simulator running commands with the real plugin configured against the emulator.
/// </summary>
public sealed class ReliabilityStack : IAsyncDisposable
{
    private readonly HttpClient admin = new();

    private ReliabilityStack(EmulatorHost emulator, ProgramDirectory program)
    {
        Emulator = emulator;
        Program = program;
        Gate = new EmulatorGate(emulator.Endpoint);
    }

    public EmulatorHost Emulator { get; }

    public ProgramDirectory Program { get; }

    /// <summary>Holds the emulator's calls or creates so a test can act while they are in flight.</summary>
    public EmulatorGate Gate { get; }

    public static async Task<ReliabilityStack> StartAsync(EmulatorOptions options, GatewayProgram program, CancellationToken cancellationToken) =>
        new(await EmulatorHost.StartAsync(options, cancellationToken), new ProgramDirectory(program.Yaml()));

    public void Write(GatewayProgram program) => Program.Write(program.Yaml());

    public DeploymentOptions Options() => new()
    {
        ProgramPath = Program.Path,
        StatePath = Program.StatePath,
        Config = new Dictionary<string, string>
        {
            ["scpgateway:accessKey"] = Emulator.AccessKey,
            ["scpgateway:secretKey"] = Emulator.SecretKey,
            ["scpgateway:apiGatewayEndpoint"] = Emulator.Endpoint,
            ["scpgateway:queueServiceEndpoint"] = Emulator.Endpoint,
        },
        SecretConfigKeys = new HashSet<string> { "scpgateway:secretKey" },
        Parallel = 10,
    };

    public Task<DeploymentResult> RunAsync(DeploymentCommand command, CancellationToken cancellationToken) =>
        StackRunner.RunAsync(command, Options(), cancellationToken);

    public async Task<StackState> StateAsync() =>
        File.Exists(Program.StatePath) ? await Program.StateAsync() : StackState.Empty("none", "dev");

    /// <summary>State against the emulator's contents right now.</summary>
    public async Task<Convergence> ConvergenceAsync(CancellationToken cancellationToken) =>
        Convergence.Of(await StateAsync(), await EmulatorInventory.ReadAsync(Emulator.Endpoint, cancellationToken));

    public async Task SetFaultsAsync(FaultSettings faults, CancellationToken cancellationToken)
    {
        using var response = await admin.PutAsJsonAsync($"{Emulator.Endpoint}/_emulator/faults", faults, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>SCP requests the emulator has answered so far, and how many of them it faulted.</summary>
    public async Task<(int Total, int Faulted)> RequestsAsync(CancellationToken cancellationToken)
    {
        var counters = await admin.GetFromJsonAsync<JsonObject>($"{Emulator.Endpoint}/_emulator/requests", cancellationToken)
            ?? throw new InvalidOperationException("the emulator answered no counters");
        return (counters["total"]!.GetValue<int>(), counters["faulted"]!.GetValue<int>());
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        Gate.Dispose();
        Program.Dispose();
        await Emulator.DisposeAsync();
    }
}
