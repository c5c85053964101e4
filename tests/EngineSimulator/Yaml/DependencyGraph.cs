namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>
/// Resources and variables with the names each depends on (references plus dependsOn), in an
/// order where every node follows its dependencies. A cycle is a <see cref="ProgramException"/>.
/// </summary>
public sealed class DependencyGraph
{
    private DependencyGraph(IReadOnlyList<string> order, IReadOnlyDictionary<string, IReadOnlyList<string>> dependencies)
    {
        Order = order;
        Dependencies = dependencies;
    }

    /// <summary>Resource and variable names, dependencies first.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>Direct dependencies of each node (only resources and variables; config is not a node).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Dependencies { get; }

    public static DependencyGraph Build(YamlProgram program)
    {
        var nodes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var declared = program.Resources.Select(r => r.Name).Concat(program.Variables.Select(v => v.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in program.Resources)
        {
            foreach (var dependsOn in resource.Options.DependsOn.Where(name => program.FindResource(name) is null))
            {
                throw ProgramException.At($"resources.{resource.Name}.options.dependsOn", $"resources.{resource.Name}.options.dependsOn: '{dependsOn}' is not a resource");
            }

            nodes[resource.Name] = ExpressionReferences.Roots(resource.Properties).Concat(resource.Options.DependsOn)
                .Where(declared.Contains).Distinct(StringComparer.Ordinal).ToList();
        }

        foreach (var variable in program.Variables)
        {
            if (!nodes.TryAdd(variable.Name, ExpressionReferences.Roots(variable.Value).Where(declared.Contains).Distinct(StringComparer.Ordinal).ToList()))
            {
                throw ProgramException.At($"variables.{variable.Name}", $"variables.{variable.Name}: the name is already used by a resource");
            }
        }

        var order = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        foreach (var name in nodes.Keys)
        {
            Visit(name, nodes, state, order, []);
        }

        return new DependencyGraph(order, nodes);
    }

    private static void Visit(string name, Dictionary<string, IReadOnlyList<string>> nodes, Dictionary<string, bool> state, List<string> order, List<string> path)
    {
        if (state.TryGetValue(name, out var done))
        {
            if (!done)
            {
                var cycle = path.Skip(path.IndexOf(name)).Append(name);
                throw new ProgramException($"The program has a dependency cycle: {string.Join(" -> ", cycle)}");
            }

            return;
        }

        state[name] = false;
        path.Add(name);
        foreach (var dependency in nodes[name])
        {
            Visit(dependency, nodes, state, order, path);
        }

        path.RemoveAt(path.Count - 1);
        state[name] = true;
        order.Add(name);
    }
}
