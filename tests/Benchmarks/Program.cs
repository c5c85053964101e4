using Pulumi.ScpGateway.Benchmarks;
using Pulumi.ScpGateway.EngineSimulator;

// scpgw-bench startup --build LABEL=BINARY... [--launches N]
// scpgw-bench stack --plugin BINARY --emulator URL [--emulator-pid PID] [--units N] [--parallel N] [--latency-ms N] [--runs N]
// scpgw-bench adopt --plugin BINARY --emulator URL [--apis N] [--paths N] [--latency-ms N]
// Prints Markdown; scripts/bench.sh (make bench) runs both and collects the output.
if (args.Length == 0 || args[0] is not ("startup" or "stack" or "adopt"))
{
    await Console.Error.WriteLineAsync("usage: scpgw-bench startup --build LABEL=BINARY... [--launches N] | stack --plugin BINARY --emulator URL [--emulator-pid PID] [--units N] [--parallel N] [--latency-ms N] [--runs N] | adopt --plugin BINARY --emulator URL [--apis N] [--paths N] [--latency-ms N]");
    return 2;
}

var options = BenchOptions.Parse(args.Skip(1).ToList());
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

if (args[0] == "startup")
{
    var figures = await PluginStartup.MeasureAsync(options.Builds, options.Int("--launches", 10), interrupted.Token);
    await Console.Out.WriteAsync(BenchReport.Startup(figures));
    return 0;
}

var directory = Directory.CreateTempSubdirectory("scpgw-bench-").FullName;
try
{
    using var emulator = new EmulatorAdmin(new Uri(options.Text("--emulator")));
    var plugin = new PluginBuild("plugin", Path.GetFullPath(options.Text("--plugin")));
    if (args[0] == "adopt")
    {
        var account = new AdoptAccount(options.Int("--apis", 20), options.Int("--paths", 50));
        var adopt = await new AdoptBenchmark(emulator, plugin, directory).RunAsync(account, options.Int("--latency-ms", 20), interrupted.Token);
        await Console.Out.WriteAsync(BenchReport.Adopt(adopt));
        return 0;
    }

    var settings = new StackSettings(options.Int("--units", 20), options.Int("--parallel", 10), options.Int("--latency-ms", 20), options.Int("--runs", 3),
        options.Int("--emulator-pid", 0) is > 0 and var pid ? pid : null);
    IReadOnlyList<CensusEntry> entries;
    await using (var census = await PluginProcess.StartAsync(["127.0.0.1:1"], binary: plugin.Binary))
    {
        entries = await new RequestCensus(emulator, census.Address, directory).RunAsync(interrupted.Token);
        await PluginShutdown.StopAsync(census);
    }

    await Console.Out.WriteAsync(BenchReport.Census(entries));
    var stack = await new StackBenchmark(emulator, plugin, directory, settings, entries).RunAsync(interrupted.Token);
    await Console.Out.WriteAsync(BenchReport.Stack(stack));

    return 0;
}
finally
{
    Directory.Delete(directory, recursive: true);
}
