using Pulumi.ScpGateway.EngineSimulator;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>Stops a plugin the engine's way (SIGINT); a slow exit is reported, not fatal, since the figures are already taken.</summary>
public static class PluginShutdown
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public static async Task StopAsync(PluginProcess plugin)
    {
        try
        {
            await plugin.StopAsync(Grace);
        }
        catch (TimeoutException)
        {
            await Console.Error.WriteLineAsync(
                $"scpgw-bench: warning: the plugin (pid {plugin.ProcessId}) did not exit within {Grace.TotalSeconds:0} s of SIGINT; killed. stderr: {plugin.Stderr.Text}");
        }
    }
}
