using System.Globalization;
using System.Text;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>The benchmark figures as Markdown tables (BENCHMARKS.md quotes them).</summary>
public static class BenchReport
{
    public static string Startup(IReadOnlyList<StartupFigures> figures)
    {
        var text = new StringBuilder($"### Plugin start (median of {figures[0].Launches} launches each, interleaved)\n\n");
        text.Append("| build | start to port printed | RSS, serving and idle |\n|---|---|---|\n");
        foreach (var figure in figures)
        {
            text.Append(Invariant($"| {figure.Build.Label} | {figure.StartMilliseconds:0} ms | {figure.IdleResidentMegabytes:0.0} MB |\n"));
        }

        return text.Append('\n').ToString();
    }

    public static string Census(IReadOnlyList<CensusEntry> entries)
    {
        var text = new StringBuilder("### SCP requests per operation (ours / minimum the API allows)\n\n");
        text.Append("| resource | create | read | update | delete |\n|---|---|---|---|---|\n");
        foreach (var row in Enum.GetValues<StackRow>())
        {
            text.Append("| ").Append(row);
            foreach (var kind in Enum.GetValues<OperationKind>())
            {
                var entry = entries.FirstOrDefault(e => e.Row == row && e.Kind == kind);
                text.Append(" | ").Append(entry is null ? "no update (every input replaces)" : Invariant($"{entry.PerResource:0.##} / {MinimumRequests.For(row, kind)}"));
            }

            text.Append(" |\n");
        }

        text.Append("\nBy SCP operation, per resource:\n\n| resource | kind | operations |\n|---|---|---|\n");
        foreach (var entry in entries)
        {
            var operations = string.Join(", ", entry.Requests.Operations.OrderBy(o => o.Key, StringComparer.Ordinal)
                .Select(o => Invariant($"{o.Key} {(double)o.Value / entry.Resources:0.##}")));
            text.Append(Invariant($"| {entry.Row} | {entry.Kind} | {(operations.Length == 0 ? "none" : operations)} |\n"));
        }

        return text.Append('\n').ToString();
    }

    public static string Stack(StackFigures figures)
    {
        var s = figures.Settings;
        var text = new StringBuilder(Invariant(
            $"### {figures.Resources}-resource stack, --parallel {s.Parallel}, {s.LatencyMilliseconds} ms per SCP request (median of {s.Runs} runs)\n\n"));
        text.Append("| command | median | runs | SCP requests | critical path | requests x latency / parallel | lower bound | ratio | bound with our request counts |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var c in figures.Commands)
        {
            var runs = string.Join(", ", c.RunMilliseconds.Select(ms => Seconds(ms)));
            text.Append(Invariant(
                $"| {c.Command} | {Seconds(c.MedianMilliseconds)} | {runs} | {c.Requests} (min {c.Bound.Requests}) | {c.Bound.CriticalPathResources} resource{(c.Bound.CriticalPathResources == 1 ? "" : "s")}, {Seconds(c.Bound.CriticalPathMilliseconds)} | {Seconds(c.Bound.ThroughputMilliseconds)} | {Seconds(c.Bound.Milliseconds)} | {c.Ratio:0.00} | {Seconds(c.BoundWithOurRequests.Milliseconds)} ({c.MedianMilliseconds / c.BoundWithOurRequests.Milliseconds:0.00}) |\n"));
        }

        text.Append("\nCPU seconds used during each command (median): where the time beyond the latency goes.\n\n");
        text.Append("| command | plugin | plugin per resource | plugin, each run | engine simulator | emulator |\n|---|---|---|---|---|---|\n");
        foreach (var c in figures.Commands)
        {
            var runs = string.Join(", ", c.Cpu.PluginRuns.Select(s => Invariant($"{s:0.00}")));
            text.Append(Invariant($"| {c.Command} | {c.Cpu.Plugin:0.00} s | {c.Cpu.Plugin * 1000 / figures.Resources:0.00} ms | {runs} s | {c.Cpu.EngineSimulator:0.00} s | {(c.Cpu.Emulator is { } e ? $"{e:0.00} s" : "not measured")} |\n"));
        }

        text.Append(Invariant($"\nPlugin RSS after the up: {figures.ResidentMegabytesAfterUp:0.0} MB (median).\n\n"));
        return text.ToString();
    }

    public static string Adopt(AdoptFigures figures)
    {
        var a = figures.Account;
        var text = new StringBuilder(Invariant(
            $"### adopt --all-apis: {a.Apis} APIs x {a.Paths} paths ({a.Objects} objects), {figures.LatencyMilliseconds} ms per SCP request\n\n"));
        text.Append("| objects adopted | SCP requests | paging minimum (list pages only) | requests x latency / reads in parallel | wall time |\n|---|---|---|---|---|\n");
        var floor = figures.Requests * figures.LatencyMilliseconds / 8.0;
        text.Append(Invariant($"| {figures.Adopted} | {figures.Requests} | {a.MinimumRequests} | {Seconds(floor)} | {Seconds(figures.Elapsed.TotalMilliseconds)} |\n\n"));
        text.Append("Requests by operation: ");
        text.Append(string.Join(", ", figures.ByOperation.Where(o => o.Value > 0).OrderByDescending(o => o.Value).Select(o => Invariant($"{o.Key} {o.Value}"))));
        return text.Append(".\n\n").ToString();
    }

    private static string Seconds(double milliseconds) => Invariant($"{milliseconds / 1000:0.00} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
