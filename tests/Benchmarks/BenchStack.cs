using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>
/// The benchmark's stack: a program directory with its own state file, run through the engine
/// simulator against a plugin already serving (so its pid is known) and the emulator.
/// </summary>
public sealed class BenchStack(string directory, string providerAddress, Uri emulator, int parallel)
{
    public string Directory => directory;

    public async Task<DeploymentResult> RunAsync(DeploymentCommand command, CancellationToken cancellationToken)
    {
        var endpoint = emulator.ToString().TrimEnd('/');
        var options = new DeploymentOptions
        {
            ProgramPath = directory,
            Stack = "bench",
            StatePath = Path.Combine(directory, "state.json"),
            ProviderAddress = providerAddress,
            Parallel = parallel,
            Config = new Dictionary<string, string>
            {
                ["scpgateway:accessKey"] = "EMULATOR-ACCESS-KEY",
                ["scpgateway:secretKey"] = "EMULATOR-SECRET-KEY",
                ["scpgateway:apiGatewayEndpoint"] = endpoint,
                ["scpgateway:queueServiceEndpoint"] = endpoint,
            },
            SecretConfigKeys = new HashSet<string> { "scpgateway:accessKey", "scpgateway:secretKey" },
        };
        var result = await StackRunner.RunAsync(command, options, cancellationToken);
        return result.Succeeded
            ? result
            : throw new InvalidOperationException($"{result.Command} failed: {string.Join("; ", result.Errors.Take(3))}");
    }
}
