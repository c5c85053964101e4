using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using Xunit.Abstractions;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// The plugin is SIGKILLed while an up waits for APIs and queues to become ready. The engine then
/// records nothing for the creates in flight (it drops a create's pending operation whenever the
/// call ends, failed included), and its next run proposes new autonames for them. The plugin's
/// create journal (kept beside the simulator's state) lets the next run reuse those names and adopt
/// the objects the killed creates made, so refresh plus up converge with nothing left over.
/// A deployment has no name to find it by; none is in flight here (they wait for their API).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class PluginKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task After_a_killed_plugin_the_next_refresh_and_up_adopt_what_its_creates_made_and_converge()
    {
        using var deadline = new CancellationTokenSource(HangGuard * 2);
        var ct = deadline.Token;
        var program = new GatewayProgram(Apis: 3, Queues: 3) { Prefix = "kill" };
        await using var stack = await ReliabilityStack.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 2500, QueueCreateDelayMs = 1200 }, program, ct);
        await stack.SetFaultsAsync(new FaultSettings { LatencyMs = 30 }, ct);

        // The test owns the plugin process (attach mode) so it can kill it, as an OOM killer would.
        // It keeps its state where the simulator's later runs of this stack start their plugins with it.
        await using var plugin = await PluginProcess.StartAsync(engineAddress: null, new Dictionary<string, string?>
        {
            [PluginProcess.StateDirectoryVariable] = stack.Options().PluginStateDirectory,
        });
        var killed = await StackRunner.RunAsync(DeploymentCommand.Up, stack.Options() with
        {
            ProviderAddress = plugin.Address,
            OnStep = step =>
            {
                if (step.Operation == StepOperation.Create && !plugin.HasExited)
                {
                    using var process = Process.GetProcessById(plugin.ProcessId);
                    process.Kill(); // SIGKILL: no Cancel, no chance to answer.
                }
            },
        }, ct).WaitAsync(HangGuard, ct);

        Assert.False(killed.Succeeded);
        var recorded = (await stack.StateAsync()).Resources.Count;
        var afterKill = await stack.ConvergenceAsync(ct);
        Assert.Empty(afterKill.Lost);
        Assert.Empty(afterKill.Duplicates);
        // The kill hit creates in flight: SCP holds APIs or queues the stack does not know about.
        Assert.NotEmpty(afterKill.Orphans);
        Assert.All(afterKill.Orphans, orphan => Assert.Matches("^(Api|Queue) ", orphan));

        var refresh = await stack.RunAsync(DeploymentCommand.Refresh, ct);
        StackAssert.Succeeded(refresh, "the refresh after the kill");
        var up = await stack.RunAsync(DeploymentCommand.Up, ct);
        StackAssert.Succeeded(up, "the up after the kill");
        await StackAssert.NoChangesAsync(stack, "the up after the kill", ct);

        var after = await stack.ConvergenceAsync(ct);
        output.WriteLine($"killed after the first create: {recorded} resources recorded, {afterKill.Orphans.Count} objects unknown to the stack; afterwards {after}");
        Assert.Equal(program.ResourceCount, (await stack.StateAsync()).Resources.Count);
        Assert.True(after.Converged, $"after the up that followed the kill: {after}");
    }
}
