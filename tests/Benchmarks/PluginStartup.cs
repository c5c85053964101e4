using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>One build of the plugin under test, by label (e.g. "Native AOT").</summary>
public sealed record PluginBuild(string Label, string Binary);

public sealed record StartupFigures(PluginBuild Build, double StartMilliseconds, double IdleResidentMegabytes, int Launches);

/// <summary>
/// Plugin start as the engine sees it: from process start to the port line on stdout. Then one
/// GetPluginInfo round trip, and the resident memory of the process serving and idle.
/// </summary>
public static class PluginStartup
{
    public static async Task<IReadOnlyList<StartupFigures>> MeasureAsync(IReadOnlyList<PluginBuild> builds, int launches, CancellationToken cancellationToken)
    {
        var starts = builds.ToDictionary(build => build, _ => new List<double>());
        var memory = builds.ToDictionary(build => build, _ => new List<double>());
        // One unmeasured launch each brings the files into the page cache, as on any second run.
        foreach (var build in builds)
        {
            await LaunchAsync(build, cancellationToken);
        }

        // Interleaved, so that load from elsewhere on the machine affects every build alike.
        for (var i = 0; i < launches; i++)
        {
            foreach (var build in builds)
            {
                var (start, resident) = await LaunchAsync(build, cancellationToken);
                starts[build].Add(start);
                memory[build].Add(resident);
            }
        }

        return builds.Select(build => new StartupFigures(build, Statistics.Median(starts[build]), Statistics.Median(memory[build]), launches)).ToList();
    }

    private static async Task<(double StartMilliseconds, double ResidentMegabytes)> LaunchAsync(PluginBuild build, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The engine passes its own address; nothing is logged here, so an address nobody serves is fine.
        await using var plugin = await PluginProcess.StartAsync(["127.0.0.1:1"], binary: build.Binary);
        var start = clock.Elapsed.TotalMilliseconds;
        using var client = new ProviderClient(plugin.Address);
        await client.CallAsync<Empty, PluginInfo>(ResourceProviderMethods.GetPluginInfo, new Empty(), cancellationToken: cancellationToken);
        var resident = await ProcessMemory.ResidentMegabytesAsync(plugin.ProcessId, cancellationToken);
        await PluginShutdown.StopAsync(plugin);
        return (start, resident);
    }
}
