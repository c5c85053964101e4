using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.EngineSimulator.Yaml;

namespace Pulumi.ScpGateway.Benchmarks;

/// <param name="EmulatorProcessId">The emulator's pid, to report its CPU time; null when unknown.</param>
public sealed record StackSettings(int Units, int Parallel, int LatencyMilliseconds, int Runs, int? EmulatorProcessId);

/// <summary>CPU seconds used during one command (medians over the runs, and the plugin's in each run), to show where the time goes.</summary>
public sealed record CpuFigures(double Plugin, double EngineSimulator, double? Emulator, IReadOnlyList<double> PluginRuns);

/// <summary>One command of the stack benchmark: median wall time and requests over the runs, and its lower bounds.</summary>
public sealed record CommandFigures(OperationKind Kind, string Command, double MedianMilliseconds, IReadOnlyList<double> RunMilliseconds, int Requests, LowerBound Bound, LowerBound BoundWithOurRequests, CpuFigures Cpu)
{
    public double Ratio => MedianMilliseconds / Bound.Milliseconds;
}

public sealed record StackFigures(StackSettings Settings, int Resources, IReadOnlyList<CommandFigures> Commands, double ResidentMegabytesAfterUp);

/// <summary>
/// The whole stack (Full program) through the engine simulator at <c>--parallel</c> against the emulator
/// with a fixed latency per request: up, refresh, destroy, repeated; the plugin's memory after each up.
/// </summary>
public sealed class StackBenchmark(EmulatorAdmin emulator, PluginBuild plugin, string directory, StackSettings settings, IReadOnlyList<CensusEntry> census)
{
    private static readonly (OperationKind Kind, DeploymentCommand Command)[] Commands =
        [(OperationKind.Create, DeploymentCommand.Up), (OperationKind.Read, DeploymentCommand.Refresh), (OperationKind.Delete, DeploymentCommand.Destroy)];

    public async Task<StackFigures> RunAsync(CancellationToken cancellationToken)
    {
        var program = StackProgram.Full(settings.Units);
        await program.WriteAsync(directory, cancellationToken);
        var resources = StackProgram.ResourcesPerUnit * settings.Units;
        var times = Commands.ToDictionary(c => c.Kind, _ => new List<double>());
        var requests = Commands.ToDictionary(c => c.Kind, _ => 0);
        var memory = new List<double>();
        var cpu = Commands.ToDictionary(c => c.Kind, _ => new List<double[]>());
        for (var run = 0; run < settings.Runs; run++)
        {
            await emulator.ResetAsync(settings.LatencyMilliseconds, createDelayMilliseconds: 0, cancellationToken);
            File.Delete(Path.Combine(directory, "state.json"));
            // One state directory for every run, as a user's ~/.pulumi is kept between commands.
            await using var process = await PluginProcess.StartAsync(["127.0.0.1:1"], StateDirectory, plugin.Binary);
            var stack = new BenchStack(directory, process.Address, emulator.BaseUrl, settings.Parallel);
            foreach (var (kind, command) in Commands)
            {
                var before = await emulator.RequestsAsync(cancellationToken);
                var cpuBefore = await CpuSecondsAsync(process.ProcessId, cancellationToken);
                var clock = Stopwatch.StartNew();
                var result = await stack.RunAsync(command, cancellationToken);
                times[kind].Add(clock.Elapsed.TotalMilliseconds);
                cpu[kind].Add((await CpuSecondsAsync(process.ProcessId, cancellationToken)).Zip(cpuBefore, (after, start) => after - start).ToArray());
                requests[kind] = (await emulator.RequestsAsync(cancellationToken)).Since(before).Total;
                Expect(command, result, resources);
                if (command == DeploymentCommand.Up)
                {
                    memory.Add(await ProcessMemory.ResidentMegabytesAsync(process.ProcessId, cancellationToken));
                }
            }

            if (await emulator.StoredObjectsAsync(cancellationToken) != 0)
            {
                throw new InvalidOperationException("the emulator still holds objects after destroy");
            }

            await PluginShutdown.StopAsync(process);
        }

        var parsed = YamlProgramParser.Parse(program.Yaml());
        var figures = Commands.Select(c => new CommandFigures(
            c.Kind, c.Command.ToString().ToLowerInvariant(), Statistics.Median(times[c.Kind]), times[c.Kind], requests[c.Kind],
            LowerBound.Of(parsed, c.Kind, MinimumRequests.For, settings.LatencyMilliseconds, settings.Parallel),
            LowerBound.Of(parsed, c.Kind, Measured, settings.LatencyMilliseconds, settings.Parallel),
            new CpuFigures(
                Statistics.Median(cpu[c.Kind].Select(x => x[0])),
                Statistics.Median(cpu[c.Kind].Select(x => x[1])),
                settings.EmulatorProcessId is null ? null : Statistics.Median(cpu[c.Kind].Select(x => x[2])),
                cpu[c.Kind].Select(x => x[0]).ToList()))).ToList();
        return new StackFigures(settings, resources, figures, Statistics.Median(memory));
    }

    private Dictionary<string, string?> StateDirectory => new() { [PluginProcess.StateDirectoryVariable] = Path.Combine(directory, "plugin-state") };

    // Plugin, this process (the engine simulator), and the emulator when its pid is known (else 0).
    private async Task<double[]> CpuSecondsAsync(int pluginProcessId, CancellationToken cancellationToken) =>
    [
        await ProcessMemory.CpuSecondsAsync(pluginProcessId, cancellationToken),
        await ProcessMemory.CpuSecondsAsync(Environment.ProcessId, cancellationToken),
        settings.EmulatorProcessId is { } emulatorProcessId ? await ProcessMemory.CpuSecondsAsync(emulatorProcessId, cancellationToken) : 0,
    ];

    // What the census saw this plugin make per operation, for the bound that assumes our request counts.
    private int Measured(StackRow row, OperationKind kind) =>
        census.FirstOrDefault(entry => entry.Row == row && entry.Kind == kind) is { } entry ? (int)Math.Round(entry.PerResource) : MinimumRequests.For(row, kind);

    private static void Expect(DeploymentCommand command, DeploymentResult result, int resources)
    {
        var expected = command switch
        {
            DeploymentCommand.Up => result.Count(StepOperation.Create),
            DeploymentCommand.Destroy => result.Count(StepOperation.Delete),
            _ => result.Steps.Count,
        };
        if (expected != resources || result.HasDrift)
        {
            throw new InvalidOperationException($"{command} handled {expected} of {resources} resources{(result.HasDrift ? ", with drift" : "")}");
        }
    }
}
