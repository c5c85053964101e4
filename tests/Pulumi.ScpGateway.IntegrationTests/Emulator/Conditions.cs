using System.Diagnostics;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Waiting on an observable condition with a bounded timeout (never a fixed sleep).</summary>
public static class Conditions
{
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(5);
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"timed out after {limit.TotalSeconds:0.#} s waiting for {what}");
            }

            // Polling interval, not synchronisation: the loop exits on the condition.
            await Task.Delay(pause);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 100));
        }
    }
}
