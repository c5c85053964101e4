using Pulumi.ScpGateway.EngineSimulator.Yaml;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>
/// The fastest a command can be when every SCP request takes <c>latency</c> and at most <c>parallel</c>
/// resource operations run at once: the longer of (a) the dependency graph's critical path, each
/// resource weighted by the requests its operation makes one after another, and (b) all requests
/// spread evenly over the parallel slots.
/// </summary>
public sealed record LowerBound(double CriticalPathMilliseconds, double ThroughputMilliseconds, int CriticalPathResources, int Requests)
{
    public double Milliseconds => Math.Max(CriticalPathMilliseconds, ThroughputMilliseconds);

    public static LowerBound Of(YamlProgram program, OperationKind kind, Func<StackRow, OperationKind, int> requests, double latencyMilliseconds, int parallel)
    {
        var graph = DependencyGraph.Build(program);
        var weight = program.Resources.ToDictionary(resource => resource.Name, resource => requests(RowOf(resource), kind) * latencyMilliseconds);
        var total = program.Resources.Sum(resource => requests(RowOf(resource), kind));
        // Refresh reads every resource independently; destroy walks the graph backwards; create forwards.
        var edges = kind switch
        {
            OperationKind.Read => program.Resources.ToDictionary(r => r.Name, _ => (IReadOnlyList<string>)[]),
            OperationKind.Delete => Dependents(graph, program),
            _ => program.Resources.ToDictionary(r => r.Name, r => graph.Dependencies[r.Name]),
        };
        var longest = new Dictionary<string, (double Milliseconds, int Resources)>(StringComparer.Ordinal);
        (double Milliseconds, int Resources) Longest(string name)
        {
            if (!longest.TryGetValue(name, out var found))
            {
                (double Milliseconds, int Resources) before = (0, 0);
                foreach (var edge in edges[name])
                {
                    var candidate = Longest(edge);
                    before = candidate.Milliseconds > before.Milliseconds ? candidate : before;
                }

                found = longest[name] = (before.Milliseconds + weight[name], before.Resources + 1);
            }

            return found;
        }

        var path = program.Resources.Select(resource => Longest(resource.Name)).MaxBy(path => path.Milliseconds);
        return new LowerBound(path.Milliseconds, total * latencyMilliseconds / parallel, path.Resources, total);
    }

    public static StackRow RowOf(ProgramResource resource) => resource.Type["scpgateway:index:".Length..] switch
    {
        "Resource" => resource.Properties.Entries.Any(entry => entry.Key == "parentId") ? StackRow.ResourceWithParent : StackRow.ResourceBelowRoot,
        var type => Enum.Parse<StackRow>(type),
    };

    private static Dictionary<string, IReadOnlyList<string>> Dependents(DependencyGraph graph, YamlProgram program) =>
        program.Resources.ToDictionary(
            r => r.Name,
            r => (IReadOnlyList<string>)program.Resources.Where(other => graph.Dependencies[other.Name].Contains(r.Name)).Select(other => other.Name).ToList());
}
