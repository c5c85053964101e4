using System.Diagnostics;
using System.Text.Json;
using Pulumi.ScpGateway.EngineSimulator;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>A person running the plugin binary by hand: it answers and exits instead of serving.</summary>
public sealed class PluginFlagsTests
{
    [Fact]
    public async Task Version_prints_the_schema_version_and_exits_zero()
    {
        var (code, stdout, _) = await RunAsync("--version");

        using var schema = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(PluginBinary.RepositoryRoot(), "schema.json")));
        Assert.Equal(0, code);
        Assert.Equal(schema.RootElement.GetProperty("version").GetString() + "\n", stdout);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_zero()
    {
        var (code, stdout, _) = await RunAsync("--help");

        Assert.Equal(0, code);
        Assert.StartsWith("usage: pulumi-resource-scpgateway ", stdout, StringComparison.Ordinal);
        Assert.Contains("--version", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_flag_exits_two_with_the_usage_and_does_not_serve()
    {
        var (code, stdout, stderr) = await RunAsync("--verbose");

        Assert.Equal(2, code);
        Assert.Equal("", stdout); // No port line: nothing was served.
        Assert.Contains("unknown flag '--verbose'", stderr, StringComparison.Ordinal);
        Assert.Contains("usage: pulumi-resource-scpgateway", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string flag)
    {
        var start = new ProcessStartInfo(PluginBinary.Find(), flag) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var plugin = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = plugin.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = plugin.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await plugin.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            plugin.Kill();
            throw new TimeoutException($"the plugin kept running after {flag} (serving instead of answering)");
        }

        return (plugin.ExitCode, await stdout, await stderr);
    }
}
