using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.IntegrationTests.Emulator;

namespace Pulumi.ScpGateway.IntegrationTests.Adopt;

/// <summary>
/// <c>pulumi-resource-scpgateway adopt</c> run as a user runs it: the published plugin binary, pointed at
/// the emulator through the environment (as the provider is), writing into a directory of its own.
/// </summary>
public sealed record AdoptRun(int ExitCode, string Output, string Errors, string Directory)
{
    public string YamlProgramDirectory => Path.Combine(Directory, "yaml");

    public string YamlProgram => File.ReadAllText(Path.Combine(YamlProgramDirectory, "Pulumi.yaml"));

    public string CSharpProgramPath => Path.Combine(Directory, "csharp", "Program.cs");

    public string CSharpProgram => File.ReadAllText(CSharpProgramPath);

    public string ImportFile => File.ReadAllText(Path.Combine(Directory, "import.json"));

    public static async Task<AdoptRun> StartAsync(RunningEmulator emulator, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(PluginBinary.Find())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["adopt", .. arguments, "--out", directory])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["SCP_ACCESS_KEY"] = emulator.Host.AccessKey;
        start.Environment["SCP_SECRET_KEY"] = emulator.Host.SecretKey;
        start.Environment["SCP_APIGATEWAY_ENDPOINT"] = emulator.Host.Endpoint;
        start.Environment["SCP_QUEUESERVICE_ENDPOINT"] = emulator.Host.Endpoint;
        start.Environment["HOME"] = directory; // keeps a developer's own ~/.scpconf out of the run
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new AdoptRun(process.ExitCode, await output, await errors, directory);
    }
}
