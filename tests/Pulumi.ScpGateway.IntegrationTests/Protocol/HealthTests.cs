using Google.Protobuf.WellKnownTypes;
using Grpc.Health.V1;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>
/// grpc.health.v1 both ways, as Pulumi's own providers do it: the plugin answers Health/Check, and it
/// polls its engine's, shutting down once the engine is gone so that it does not outlive a killed CLI.
/// </summary>
public class HealthTests
{
    private static readonly TimeSpan Bound = ProtocolBounds.Bound;

    // Checks every second: the tests wait for what happens, bounded, never for a time.
    private static readonly Dictionary<string, string?> CheckEverySecond = new() { [EngineHealthWatch.IntervalVariable] = "1" };

    [Fact]
    public async Task The_plugin_answers_health_check_serving()
    {
        await using var session = await EngineSession.StartAsync();
        using var channel = EngineAddress.OpenChannel(session.Plugin.Address);

        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()).ResponseAsync.WaitAsync(Bound);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task The_plugin_exits_by_itself_once_its_engine_stops_serving()
    {
        await using var engine = await EngineService.StartAsync();
        await using var plugin = await PluginProcess.StartAsync([engine.Address], CheckEverySecond);
        await engine.WaitForHealthChecksAsync(1, Bound);

        await engine.StopAsync();

        Assert.Equal(0, await plugin.WaitForExitAsync(Bound));
        Assert.Contains($"the engine at {engine.Address} is gone", plugin.Stderr.Text, StringComparison.Ordinal);
        Assert.Equal($"{plugin.Port}\n", plugin.Stdout.Text);
    }

    [Fact]
    public async Task An_engine_that_answers_unimplemented_counts_as_alive()
    {
        await using var engine = await EngineService.StartAsync(servesHealth: false);
        await using var plugin = await PluginProcess.StartAsync([engine.Address], CheckEverySecond);
        using var client = new ProviderClient(plugin.Address);

        // The plugin sends a check only after it has read the answer to the one before.
        await engine.WaitForHealthChecksAsync(3, Bound);

        Assert.False(plugin.HasExited, $"the plugin exited; stderr: {plugin.Stderr.Text}");
        var info = await client.Rpc.GetPluginInfoAsync(new Empty()).ResponseAsync.WaitAsync(Bound);
        Assert.Equal("0.1.0", info.Version);
    }
}
