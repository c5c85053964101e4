using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Docs;

/// <summary>
/// A program run through the engine simulator with the real plugin against one emulator: the
/// example programs of docs/gen/examples, and the programs that set up what they refer to.
/// </summary>
internal sealed class DocExample(EmulatorHost emulator, string programDirectory) : IDisposable
{
    public static string ExamplesDirectory => Path.Combine(PluginBinary.RepositoryRoot(), "docs", "gen", "examples");

    public static IEnumerable<string> Names(Func<string, bool> which) =>
        Directory.EnumerateFiles(ExamplesDirectory, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(which)
            .Order(StringComparer.Ordinal);

    public static bool IsFunction(string name) => char.IsLower(name[0]);

    public static async Task<EmulatorHost> StartEmulatorAsync() =>
        await EmulatorHost.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0 }, CancellationToken.None);

    /// <summary>The example <paramref name="name"/>, copied into a fresh program directory.</summary>
    public static DocExample Of(EmulatorHost emulator, string name) =>
        From(emulator, File.ReadAllText(Path.Combine(ExamplesDirectory, name + ".yaml")));

    public static DocExample From(EmulatorHost emulator, string yaml)
    {
        var directory = Directory.CreateTempSubdirectory("scpgw-doc-example-").FullName;
        File.WriteAllText(Path.Combine(directory, "Pulumi.yaml"), yaml);
        return new DocExample(emulator, directory);
    }

    /// <summary>Replaces the program, as a user editing Pulumi.yaml between two runs of the same stack.</summary>
    public void Rewrite(string yaml) => File.WriteAllText(Path.Combine(programDirectory, "Pulumi.yaml"), yaml);

    public async Task<DeploymentResult> RunAsync(DeploymentCommand command, IReadOnlyDictionary<string, string>? config = null, bool expectNoChanges = false)
    {
        var stackConfig = new Dictionary<string, string>(config ?? new Dictionary<string, string>())
        {
            ["scpgateway:accessKey"] = emulator.AccessKey,
            ["scpgateway:secretKey"] = emulator.SecretKey,
            ["scpgateway:apiGatewayEndpoint"] = emulator.Endpoint,
            ["scpgateway:queueServiceEndpoint"] = emulator.Endpoint,
        };
        var result = await StackRunner.RunAsync(command, new DeploymentOptions
        {
            ProgramPath = programDirectory,
            StatePath = Path.Combine(programDirectory, "state.json"),
            Config = stackConfig,
            SecretConfigKeys = new HashSet<string> { "scpgateway:accessKey", "scpgateway:secretKey" },
            ExpectNoChanges = expectNoChanges,
        });
        Assert.True(result.Succeeded, $"{command}: {string.Join("\n", result.Errors)}");
        return result;
    }

    public void Dispose() => Directory.Delete(programDirectory, recursive: true);
}
