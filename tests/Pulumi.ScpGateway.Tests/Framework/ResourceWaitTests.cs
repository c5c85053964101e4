using Microsoft.Extensions.Time.Testing;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

public class ResourceWaitTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<TimeSpan> _delays = [];
    private readonly StatusLog _log = new();

    private ResourceWait Wait() => new(_clock, (delay, _) =>
    {
        _delays.Add(delay);
        _clock.Advance(delay);
        return Task.CompletedTask;
    });

    private ResourceContext Context(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        new("urn:pulumi:dev::proj::scpgateway:index:Api::api", "api", timeout, _log, cancellationToken);

    [Fact]
    public async Task Polls_with_growing_intervals_until_done_and_reports_what_it_waits_for()
    {
        var states = new Queue<string>(["Creating", "Creating", "Creating", "Creating", "Creating", "Active"]);

        var state = await Wait().UntilAsync("the API to become Active", _ => Task.FromResult(states.Dequeue()), s => s == "Active", Context(TimeSpan.FromMinutes(5)));

        Assert.Equal("Active", state);
        Assert.Equal([1, 2, 4, 8, 10], _delays.Select(delay => delay.TotalSeconds));
        Assert.Equal("waiting for the API to become Active (0s)", _log.Lines[0]);
        Assert.Equal("waiting for the API to become Active (15s)", _log.Lines[^1]);
    }

    [Fact]
    public async Task Gives_up_at_the_timeout_without_waiting_past_it()
    {
        var polls = 0;

        var error = await Assert.ThrowsAsync<ResourceWaitTimeoutException>(() =>
            Wait().UntilAsync("the queue to become ACTIVE", _ => Task.FromResult(++polls), _ => false, Context(TimeSpan.FromSeconds(5))));

        Assert.Equal("Timed out after 5 seconds waiting for the queue to become ACTIVE", error.Message);
        Assert.Equal([1, 2, 2], _delays.Select(delay => delay.TotalSeconds));
        Assert.Equal(4, polls);
    }

    [Fact]
    public async Task Stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wait().UntilAsync("x", token =>
        {
            cancel.Cancel();
            token.ThrowIfCancellationRequested();
            return Task.FromResult(0);
        }, _ => false, Context(TimeSpan.FromMinutes(1), cancel.Token)));
    }

    private sealed class StatusLog : IResourceLog
    {
        public List<string> Lines { get; } = [];

        public Task InfoAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task WarnAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StatusAsync(string message, CancellationToken cancellationToken)
        {
            Lines.Add(message);
            return Task.CompletedTask;
        }
    }
}
