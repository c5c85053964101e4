using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.ScpEmulator;
using Xunit.Abstractions;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// The user interrupts an up (the engine sends Cancel) while APIs wait to become ready and the queues
/// are done: the run ends, everything SCP now holds is in state (the waiting APIs as partial
/// failures), and the next up finishes the job.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class CancelDuringUpTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_up_cancelled_midway_records_everything_that_exists_and_the_next_up_converges()
    {
        using var deadline = new CancellationTokenSource(HangGuard * 2);
        var ct = deadline.Token;
        var program = new GatewayProgram(Apis: 4, Queues: 4) { Prefix = "cancel" };
        await using var stack = await ReliabilityStack.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0 }, program, ct);
        // The middle is made, not hoped for: APIs stay Creating until released, so none can finish before
        // the Cancel, and their status polls are held so the test knows every API create is in flight.
        await stack.Gate.HoldCreatingAsync(apis: true, queues: false, ct);
        await stack.Gate.CloseAsync(["ShowApi"], ct);

        var queuesCreated = 0;
        var queuesDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = new CancellationTokenSource();
        var run = StackRunner.RunAsync(DeploymentCommand.Up, stack.Options() with
        {
            Interrupt = interrupt.Token,
            OnStep = step =>
            {
                if (step.Operation == StepOperation.Create && step.Type.EndsWith(":Queue", StringComparison.Ordinal)
                    && Interlocked.Increment(ref queuesCreated) == program.Queues)
                {
                    queuesDone.TrySetResult();
                }
            },
        }, ct);
        var polls = await stack.Gate.WaitForHeldAsync(program.Apis, ct);
        await queuesDone.Task.WaitAsync(HangGuard, ct);
        Assert.All(polls, poll => Assert.Equal("ShowApi", poll.Operation));

        await interrupt.CancelAsync();
        // Only the Cancel can end the run now: the APIs read Creating and their polls are held.
        var ended = await Task.WhenAny(run, Task.Delay(HangGuard, ct));
        Assert.True(ended == run, "the up did not end after the Cancel: the API creates in flight went on waiting");
        var cancelled = await run;
        await stack.Gate.OpenAsync(ct);
        Assert.Equal(program.Apis, await stack.Gate.FinishCreatingAsync(ct));

        Assert.False(cancelled.Succeeded);
        Assert.Contains(cancelled.Errors, error => error.Contains("cancelled", StringComparison.Ordinal));
        var state = await stack.StateAsync();
        var partial = state.Resources.Where(resource => resource.PartialFailure).Select(resource => resource.Name).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"cancelled up: {cancelled.Count(StepOperation.Create)} created, {partial.Count} partial ({string.Join(", ", partial)}), "
            + $"{cancelled.Count(StepOperation.Skipped)} not started");
        // The queues were done, the APIs in flight (kept, half-made), and nothing that needs an API started.
        Assert.Equal(program.Queues, cancelled.Count(StepOperation.Create));
        Assert.Equal(Enumerable.Range(0, program.Apis).Select(i => $"api{i}"), partial);
        Assert.Equal(program.Apis * (GatewayProgram.ResourcesPerApi - 1), cancelled.Count(StepOperation.Skipped));
        Assert.Equal(program.Apis + program.Queues, state.Resources.Count);
        await StackAssert.ConvergedAsync(stack, "the cancelled up", ct);

        var next = await stack.RunAsync(DeploymentCommand.Up, ct);
        StackAssert.Succeeded(next, "the next up");
        Assert.Equal(program.ResourceCount, (await stack.StateAsync()).Resources.Count);
        Assert.DoesNotContain((await stack.StateAsync()).Resources, resource => resource.PartialFailure);
        await StackAssert.ConvergedAsync(stack, "the next up", ct);
        await StackAssert.NoChangesAsync(stack, "the next up", ct);
    }
}
