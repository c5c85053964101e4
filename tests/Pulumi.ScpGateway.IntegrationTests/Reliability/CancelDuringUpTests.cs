using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using Xunit.Abstractions;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// The user interrupts an up (the engine sends Cancel) while APIs and queues wait to become ready:
/// the run ends, everything SCP now holds is in state (half-made ones as partial failures), and
/// the next up finishes the job.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class CancelDuringUpTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task An_up_cancelled_midway_records_everything_that_exists_and_the_next_up_converges()
    {
        using var deadline = new CancellationTokenSource(HangGuard * 2);
        var ct = deadline.Token;
        var program = new GatewayProgram(Apis: 4, Queues: 4) { Prefix = "cancel" };
        // APIs and queues take a while to become ready, so the cancel finds creates waiting.
        await using var stack = await ReliabilityStack.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 2500, QueueCreateDelayMs = 2500 }, program, ct);
        await stack.SetFaultsAsync(new FaultSettings { LatencyMs = 30 }, ct);

        using var interrupt = new CancellationTokenSource();
        var cancelled = await StackRunner.RunAsync(DeploymentCommand.Up, stack.Options() with
        {
            Interrupt = interrupt.Token,
            OnStep = step =>
            {
                if (step.Operation == StepOperation.Create)
                {
                    interrupt.Cancel(); // The first finished resource: the rest are still in flight or not started.
                }
            },
        }, ct).WaitAsync(HangGuard, ct);

        Assert.False(cancelled.Succeeded);
        Assert.Contains(cancelled.Errors, error => error.Contains("cancelled", StringComparison.Ordinal));
        var state = await stack.StateAsync();
        var partial = state.Resources.Where(resource => resource.PartialFailure).Select(resource => resource.Name).ToList();
        output.WriteLine($"cancelled up: {cancelled.Count(StepOperation.Create)} created, {partial.Count} partial ({string.Join(", ", partial)}), "
            + $"{cancelled.Count(StepOperation.Skipped)} not started, {cancelled.Duration.TotalSeconds:0.0} s");
        Assert.True(cancelled.Count(StepOperation.Skipped) > 0, "the cancel came too late to stop anything");
        Assert.NotEmpty(partial);
        await StackAssert.ConvergedAsync(stack, "the cancelled up", ct);

        var next = await stack.RunAsync(DeploymentCommand.Up, ct);
        StackAssert.Succeeded(next, "the next up");
        Assert.Equal(program.ResourceCount, (await stack.StateAsync()).Resources.Count);
        Assert.DoesNotContain((await stack.StateAsync()).Resources, resource => resource.PartialFailure);
        await StackAssert.ConvergedAsync(stack, "the next up", ct);
        await StackAssert.NoChangesAsync(stack, "the next up", ct);
    }
}
