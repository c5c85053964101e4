using System.Globalization;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary><c>--name value</c> pairs; <c>--build LABEL=BINARY</c> may repeat.</summary>
public sealed class BenchOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly List<PluginBuild> builds = [];

    public IReadOnlyList<PluginBuild> Builds => builds.Count > 0 ? builds : throw new ArgumentException("--build LABEL=BINARY is required");

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (args[i] == "--build")
            {
                var (label, binary) = args[i + 1].Split('=', 2) is [var l, var b] ? (l, b) : throw new ArgumentException("--build needs LABEL=BINARY");
                options.builds.Add(new PluginBuild(label, Path.GetFullPath(binary)));
            }
            else
            {
                options.values[args[i]] = args[i + 1];
            }
        }

        return options;
    }

    public string Text(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required");

    public int Int(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
