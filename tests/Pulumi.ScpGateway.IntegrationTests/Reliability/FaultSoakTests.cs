using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using Xunit.Abstractions;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// A 64-resource stack goes through up, update and destroy while one SCP request in five fails
/// transiently. After every step the state holds exactly what SCP holds, and a preview (faults
/// still on; a preview makes no SCP calls for this program) plans nothing.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class FaultSoakTests(ITestOutputHelper output)
{
    /// <summary>
    /// Only catches a hang: a run takes well under a minute on an idle machine, and real Retry-After and
    /// backoff waits plus a loaded CPU may stretch it several times; no speed is asserted.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    private static readonly GatewayProgram Program = new(Apis: 5, Queues: 4);

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public async Task Up_update_and_destroy_under_transient_faults_leave_state_equal_to_scp(int seed)
    {
        using var deadline = new CancellationTokenSource(HangGuard);
        var ct = deadline.Token;
        var clock = Stopwatch.StartNew();
        await using var stack = await ReliabilityStack.StartAsync(new EmulatorOptions { ApiCreateDelayMs = 100, QueueCreateDelayMs = 100 }, Program, ct);
        await stack.SetFaultsAsync(Faults(seed), ct);

        var up = await stack.RunAsync(DeploymentCommand.Up, ct);
        StackAssert.Succeeded(up, "up");
        Assert.Equal(Program.ResourceCount, up.Count(StepOperation.Create));
        await StackAssert.ConvergedAsync(stack, "up", ct);
        await StackAssert.NoChangesAsync(stack, "up", ct);

        stack.Write(Program with { Revision = 1 });
        var update = await stack.RunAsync(DeploymentCommand.Up, ct);
        StackAssert.Succeeded(update, "the update");
        Assert.True(update.Count(StepOperation.Update) >= Program.Apis * 5, $"expected in-place updates of every API's changed resources, got {update.Count(StepOperation.Update)}");
        Assert.True(update.Count(StepOperation.Replace) >= 1 + (Program.Apis + 1) / 2, $"expected the auths and a queue replaced, got {update.Count(StepOperation.Replace)}");
        await StackAssert.ConvergedAsync(stack, "the update", ct);
        await StackAssert.NoChangesAsync(stack, "the update", ct);

        var destroy = await stack.RunAsync(DeploymentCommand.Destroy, ct);
        StackAssert.Succeeded(destroy, "destroy");
        Assert.Empty((await stack.StateAsync()).Resources);
        await StackAssert.ConvergedAsync(stack, "destroy", ct);

        var (total, faulted) = await stack.RequestsAsync(ct);
        output.WriteLine($"seed {seed}: {Program.ResourceCount} resources, {total} SCP requests, {faulted} faulted, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(faulted > total / 10, $"only {faulted} of {total} requests were faulted");
    }

    /// <summary>About one request in five fails: 4% each of 429, 503, reset, processed-then-504 and 409; new objects read 404 for 300 ms.</summary>
    private static FaultSettings Faults(int seed) => new()
    {
        Seed = seed,
        Rate429 = 0.04,
        RetryAfterSeconds = 1,
        Rate503 = 0.04,
        RateReset = 0.04,
        Rate504AfterProcessing = 0.04,
        Rate409 = 0.04,
        NotFoundAfterCreateMs = 300,
    };
}
