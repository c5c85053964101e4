using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator;

namespace Pulumi.ScpGateway.IntegrationTests.Schema;

/// <summary><c>make schema</c> runs the plugin with its hidden flag; what it prints is the committed schema.json.</summary>
public sealed class EmitSchemaTests
{
    [Fact]
    public async Task The_plugin_prints_the_committed_schema_and_exits_without_serving()
    {
        var start = new ProcessStartInfo(PluginBinary.Find(), "--emit-schema") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var plugin = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var printed = await plugin.StandardOutput.ReadToEndAsync(timeout.Token);
        await plugin.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, plugin.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(PluginBinary.RepositoryRoot(), "schema.json"), timeout.Token), printed);
    }
}
