using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.ScpEmulator;
using Xunit.Abstractions;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// The plugin is SIGKILLed while an up waits for APIs to become ready (its queues are done). The
/// engine then records nothing for the creates in flight (it drops a create's pending operation
/// whenever the call ends, failed included), and its next run proposes new autonames for them. The
/// plugin's create journal (kept beside the simulator's state) lets the next run reuse those names
/// and adopt the objects the killed creates made, so refresh plus up converge with nothing left over.
/// A deployment has no name to find it by; none is in flight here (they wait for their API).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class PluginKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task After_a_killed_plugin_the_next_refresh_and_up_adopt_what_its_creates_made_and_converge()
    {
        using var deadline = new CancellationTokenSource(HangGuard * 2);
        var ct = deadline.Token;
        var program = new GatewayProgram(Apis: 3, Queues: 3) { Prefix = "kill" };
        await using var stack = await ReliabilityStack.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0 }, program, ct);
        // Every API's status poll waits in the emulator, so the kill finds all API creates in flight.
        await stack.Gate.CloseAsync(["ShowApi"], ct);

        // The test owns the plugin process (attach mode) so it can kill it, as an OOM killer would.
        // It keeps its state where the simulator's later runs of this stack start their plugins with it.
        await using var plugin = await PluginProcess.StartAsync(engineAddress: null, new Dictionary<string, string?>
        {
            [PluginProcess.StateDirectoryVariable] = stack.Options().PluginStateDirectory,
        });
        var queuesCreated = 0;
        var queuesDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = StackRunner.RunAsync(DeploymentCommand.Up, stack.Options() with
        {
            ProviderAddress = plugin.Address,
            OnStep = step =>
            {
                if (step.Operation == StepOperation.Create && step.Type.EndsWith(":Queue", StringComparison.Ordinal)
                    && Interlocked.Increment(ref queuesCreated) == program.Queues)
                {
                    queuesDone.TrySetResult();
                }
            },
        }, ct);
        await stack.Gate.WaitForHeldAsync(program.Apis, ct);
        await queuesDone.Task.WaitAsync(HangGuard, ct);

        using (var process = Process.GetProcessById(plugin.ProcessId))
        {
            process.Kill(); // SIGKILL: no Cancel, no chance to answer.
        }

        var ended = await Task.WhenAny(run, Task.Delay(HangGuard, ct));
        Assert.True(ended == run, "the up did not end after its plugin was killed");
        var killed = await run;
        await stack.Gate.OpenAsync(ct);

        Assert.False(killed.Succeeded);
        var recorded = (await stack.StateAsync()).Resources;
        Assert.Equal(Enumerable.Range(0, program.Queues).Select(q => $"queue{q}"), recorded.Select(resource => resource.Name).Order(StringComparer.Ordinal));
        var afterKill = await stack.ConvergenceAsync(ct);
        Assert.Empty(afterKill.Lost);
        Assert.Empty(afterKill.Duplicates);
        // The kill hit the API creates in flight: SCP holds APIs the stack does not know about.
        Assert.Equal(program.Apis, afterKill.Orphans.Count);
        Assert.All(afterKill.Orphans, orphan => Assert.StartsWith("Api ", orphan, StringComparison.Ordinal));

        var refresh = await stack.RunAsync(DeploymentCommand.Refresh, ct);
        StackAssert.Succeeded(refresh, "the refresh after the kill");
        var up = await stack.RunAsync(DeploymentCommand.Up, ct);
        StackAssert.Succeeded(up, "the up after the kill");
        await StackAssert.NoChangesAsync(stack, "the up after the kill", ct);

        var after = await stack.ConvergenceAsync(ct);
        output.WriteLine($"killed with {program.Apis} API creates held: {recorded.Count} resources recorded, {afterKill.Orphans.Count} objects unknown to the stack; afterwards {after}");
        Assert.Equal(program.ResourceCount, (await stack.StateAsync()).Resources.Count);
        Assert.True(after.Converged, $"after the up that followed the kill: {after}");
    }
}
