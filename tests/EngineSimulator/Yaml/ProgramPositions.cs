using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>
/// The line and column of every path in the program (<c>resources.api.properties.name</c>, <c>outputs.url</c>,
/// <c>x[0]</c>), named as the parser names locations, so errors can say where to look as Pulumi YAML does.
/// </summary>
public sealed class ProgramPositions
{
    public static readonly ProgramPositions None = new(new Dictionary<string, Mark>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, Mark> marks;

    private ProgramPositions(IReadOnlyDictionary<string, Mark> marks) => this.marks = marks;

    public static ProgramPositions Of(YamlStream stream)
    {
        var marks = new Dictionary<string, Mark>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, "", marks);
        }

        return new ProgramPositions(marks);
    }

    public static string Format(Mark mark) => string.Create(CultureInfo.InvariantCulture, $"Pulumi.yaml:{mark.Line}:{mark.Column}");

    /// <summary>The error's message, led by the position of its location or of the nearest enclosing one that has a position.</summary>
    public string Describe(ProgramException error)
    {
        for (var location = error.Location; !string.IsNullOrEmpty(location); location = Parent(location))
        {
            if (marks.TryGetValue(location, out var mark))
            {
                return $"{Format(mark)}: {error.Message}";
            }
        }

        return error.Message;
    }

    private static void Walk(YamlNode node, string location, Dictionary<string, Mark> marks)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        var child = location.Length == 0 ? name : $"{location}.{name}";
                        marks.TryAdd(child, key.Start);
                        Walk(value, child, marks);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var child = string.Create(CultureInfo.InvariantCulture, $"{location}[{i}]");
                    marks.TryAdd(child, sequence.Children[i].Start);
                    Walk(sequence.Children[i], child, marks);
                }

                break;
        }
    }

    private static string Parent(string location)
    {
        var cut = Math.Max(location.LastIndexOf('.'), location.LastIndexOf('['));
        return cut > 0 ? location[..cut] : "";
    }
}
