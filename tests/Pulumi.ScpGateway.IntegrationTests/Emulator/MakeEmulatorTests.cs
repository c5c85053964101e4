using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary><c>make emulator ARGS="..."</c> as the README shows it: the flags reach the emulator.</summary>
public sealed class MakeEmulatorTests
{
    [Fact]
    public async Task Make_emulator_passes_args_to_the_emulator()
    {
        var start = new ProcessStartInfo("make", ["-n", "emulator", "ARGS=--latency-ms 50"])
        {
            WorkingDirectory = PluginBinary.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Under `make test` the outer make's variables would make this one print its directory changes.
        start.Environment.Remove("MAKEFLAGS");
        start.Environment.Remove("MAKELEVEL");
        start.Environment.Remove("MFLAGS");
        using var make = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var printed = await make.StandardOutput.ReadToEndAsync(timeout.Token);
        await make.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, make.ExitCode);
        Assert.Matches(@"(?m)run --project tests/ScpEmulator .*-- --latency-ms 50$", printed);
    }
}
