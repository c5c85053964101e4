using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

/// <summary>A temporary program directory with a Pulumi.yaml, its state file, and runs against a provider address.</summary>
public sealed class ProgramDirectory : IDisposable
{
    public ProgramDirectory(string yaml)
    {
        Path = Directory.CreateTempSubdirectory("scpgw-sim-").FullName;
        Write(yaml);
    }

    public string Path { get; }

    public string StatePath => System.IO.Path.Combine(Path, "state.json");

    public string StateText => File.ReadAllText(StatePath);

    public void Write(string yaml) => File.WriteAllText(System.IO.Path.Combine(Path, "Pulumi.yaml"), yaml);

    public DeploymentOptions Options(FakeProvider provider) => new()
    {
        ProgramPath = Path,
        StatePath = StatePath,
        ProviderAddress = provider.Address,
    };

    public Task<DeploymentResult> RunAsync(DeploymentCommand command, FakeProvider provider, Func<DeploymentOptions, DeploymentOptions>? adjust = null) =>
        StackRunner.RunAsync(command, (adjust ?? (options => options))(Options(provider)));

    public async Task<StackState> StateAsync() =>
        await StateFile.LoadAsync(StatePath, CancellationToken.None) ?? throw new InvalidOperationException("No state file was written.");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
