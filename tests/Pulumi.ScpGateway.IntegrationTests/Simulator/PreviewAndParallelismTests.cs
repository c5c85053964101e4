using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class PreviewAndParallelismTests
{
    private const string Program = """
        name: shop
        runtime: yaml
        resources:
          left:
            type: scpgateway:index:Api
            properties: { name: left }
          right:
            type: scpgateway:index:Api
            properties: { name: right }
          stage:
            type: scpgateway:index:Stage
            properties:
              apiId: ${left.apiId}
              url: https://${right.apiId}/x
              stageName: prod
        outputs:
          leftId: ${left.apiId}
        """;

    [Fact]
    public async Task Preview_sends_preview_true_lets_unknowns_flow_and_changes_nothing()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);

        var result = await program.RunAsync(DeploymentCommand.Preview, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Count(StepOperation.Create));
        Assert.All(provider.CallsOf("Create"), call => Assert.True(((CreateRequest)call.Request).Preview));
        var stageCheck = (CheckRequest)provider.CallsOf("Check").Single(c => c.Name == "stage").Request;
        var news = StructConverter.ToPropertyMap(stageCheck.News);
        Assert.True(news["apiId"].IsComputed);
        Assert.True(news["url"].IsComputed, "an interpolation with an unknown part is unknown");
        Assert.True(result.Outputs["leftId"].IsComputed);
        Assert.Empty(provider.Ids);
        Assert.False(File.Exists(program.StatePath));
        var report = DeploymentReport.Format(result);
        Assert.StartsWith("Previewing update (dev):", report, StringComparison.Ordinal);
        Assert.Contains("+ 3 to create", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_of_a_removal_reports_the_delete_without_calling_it()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        await program.RunAsync(DeploymentCommand.Up, provider);
        program.Write("name: shop\nruntime: yaml\n");

        var result = await program.RunAsync(DeploymentCommand.Preview, provider);

        Assert.Equal(3, result.Count(StepOperation.Delete));
        Assert.Empty(provider.CallsOf("Delete"));
        Assert.Equal(3, provider.Ids.Count);
    }

    [Fact]
    public async Task Independent_creates_overlap_and_a_dependent_waits_for_both()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        var finished = new System.Collections.Concurrent.ConcurrentBag<string>();
        var finishedBeforeStage = new List<string>();
        provider.BeforeCreate = async request =>
        {
            if (request.Type == FakeProvider.Stage)
            {
                finishedBeforeStage.AddRange(finished);
                return;
            }

            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothArrived.TrySetResult();
            }

            // Serial creates would never get here: the first waits for the second forever (bounded).
            await bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
            finished.Add(request.Name);
        };

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["left", "right"], finishedBeforeStage.Order());
    }

    [Fact]
    public async Task With_one_worker_the_creates_do_not_overlap()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        var probe = new OverlapProbe();
        provider.BeforeCreate = _ => probe.HoldAsync();

        var result = await program.RunAsync(DeploymentCommand.Up, provider, o => o with { Parallel = 1, OnStepHeldBack = probe.HeldBack });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(1, probe.Maximum);
        Assert.NotEmpty(probe.StepsHeldBack);
    }

    [Fact]
    public async Task Destroy_deletes_independent_resources_together_after_their_dependent()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        await program.RunAsync(DeploymentCommand.Up, provider);
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        var deletedBeforeApis = new List<string>();
        provider.BeforeDelete = async request =>
        {
            if (request.Type == FakeProvider.Stage)
            {
                return;
            }

            lock (deletedBeforeApis)
            {
                deletedBeforeApis.AddRange(provider.CallsOf("Delete").Select(call => call.Name));
            }

            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothArrived.TrySetResult();
            }

            // Serial deletes would never get here: the first waits for the second forever (bounded).
            await bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        };

        var result = await program.RunAsync(DeploymentCommand.Destroy, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.All(deletedBeforeApis, name => Assert.Equal("stage", name));
        Assert.Equal(2, deletedBeforeApis.Count);
        Assert.Empty(provider.Ids);
        Assert.Empty((await program.StateAsync()).Resources);
    }

    [Fact]
    public async Task Destroy_with_one_worker_deletes_one_at_a_time()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        await program.RunAsync(DeploymentCommand.Up, provider);
        var probe = new OverlapProbe();
        // The stage goes alone in any case (both APIs wait for it): the APIs are the deletes that could overlap.
        provider.BeforeDelete = request => request.Type == FakeProvider.Stage ? Task.CompletedTask : probe.HoldAsync();

        var result = await program.RunAsync(DeploymentCommand.Destroy, provider, o => o with { Parallel = 1, OnStepHeldBack = probe.HeldBack });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(1, probe.Maximum);
        Assert.NotEmpty(probe.StepsHeldBack);
        Assert.Equal("stage", provider.CallsOf("Delete").First().Name);
        Assert.Equal(3, result.Count(StepOperation.Delete));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>
    /// Counts provider calls in flight at once. Each call is held until the worker limit has held a
    /// step back (so nothing else can start while it is held) or another call comes in (the overlap
    /// the count then shows): an engine ignoring the limit overlaps for certain, not by luck.
    /// </summary>
    private sealed class OverlapProbe
    {
        // Only against a hang: an engine that neither holds a step back nor starts another fails here.
        private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);

        private readonly TaskCompletionSource settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> heldBack = new();
        private int running;
        private int maximum;

        public int Maximum => Volatile.Read(ref maximum);

        public IReadOnlyCollection<string> StepsHeldBack => heldBack;

        public void HeldBack(string step)
        {
            heldBack.Enqueue(step);
            settled.TrySetResult();
        }

        public async Task HoldAsync()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maximum, now);
            if (now > 1)
            {
                settled.TrySetResult();
            }

            try
            {
                await settled.Task.WaitAsync(HangBound);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
    }
}
