using System.Globalization;
using Pulumi.ScpGateway.Framework.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>Reads a Pulumi YAML program (<c>runtime: yaml</c>) into a <see cref="YamlProgram"/>.</summary>
public static class YamlProgramParser
{
    private static readonly HashSet<string> ConfigTypes = new(StringComparer.OrdinalIgnoreCase) { "string", "integer", "number", "boolean" };

    public static async Task<YamlProgram> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "Pulumi.yaml") : path;
        return Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
    }

    public static YamlProgram Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ProgramException($"{ProgramPositions.Format(ex.Start)}: Pulumi.yaml is not valid YAML: {ex.Message}");
        }

        var positions = ProgramPositions.Of(stream);
        try
        {
            return Parse(stream) with { Positions = positions };
        }
        catch (ProgramException ex) when (ex.Location is not null)
        {
            throw new ProgramException(positions.Describe(ex), ex.Location);
        }
    }

    private static YamlProgram Parse(YamlStream stream)
    {

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ProgramException("Pulumi.yaml must be a mapping with name, runtime and resources.");
        }

        var name = Scalar(root, "name", "") ?? throw new ProgramException("Pulumi.yaml: 'name' is required.");
        var runtime = Scalar(root, "runtime", "");
        if (runtime is not null && runtime != "yaml")
        {
            throw new ProgramException($"Pulumi.yaml: runtime '{runtime}' is not supported; only 'yaml'.");
        }

        return new YamlProgram(
            name,
            Entries(root, "config").Select(entry => ParseConfig(entry.Key, entry.Value)).ToList(),
            Entries(root, "resources").Select(entry => ParseResource(entry.Key, entry.Value)).ToList(),
            Entries(root, "variables").Select(entry => new ProgramVariable(entry.Key, ParseValue(entry.Value, $"variables.{entry.Key}"))).ToList(),
            Entries(root, "outputs").Select(entry => new KeyValuePair<string, Expression>(entry.Key, ParseValue(entry.Value, $"outputs.{entry.Key}"))).ToList());
    }

    public static Expression ParseValue(YamlNode node, string location) => node switch
    {
        YamlScalarNode scalar => ParseScalar(scalar, location),
        YamlSequenceNode sequence => new ArrayExpression(sequence.Children.Select((item, i) => ParseValue(item, $"{location}[{i}]")).ToList(), location),
        YamlMappingNode mapping => ParseMapping(mapping, location),
        _ => throw ProgramException.At(location, $"{location}: unsupported YAML node"),
    };

    private static Expression ParseMapping(YamlMappingNode mapping, string location)
    {
        if (mapping.Children.Count == 1 && mapping.Children.First().Key is YamlScalarNode { Value: { } function } && function.StartsWith("fn::", StringComparison.Ordinal))
        {
            var argument = mapping.Children.First().Value;
            var at = $"{location}.{function}";
            return function switch
            {
                "fn::secret" => new SecretExpression(ParseValue(argument, at), location),
                "fn::toJSON" => new ToJsonExpression(ParseValue(argument, at), location),
                "fn::invoke" => ParseInvoke(argument, at),
                _ => throw ProgramException.At(location, $"{location}: the function '{function}' is not supported (supported: fn::invoke, fn::secret, fn::toJSON)"),
            };
        }

        var entries = new List<KeyValuePair<string, Expression>>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? throw ProgramException.At(location, $"{location}: keys must be strings");
            entries.Add(new(key, ParseValue(value, $"{location}.{key}")));
        }

        return new ObjectExpression(entries, location);
    }

    private static InvokeExpression ParseInvoke(YamlNode node, string location)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw ProgramException.At(location, $"{location}: expects a mapping with 'function', 'arguments' and optional 'return'");
        }

        var function = Scalar(mapping, "function", location) ?? throw ProgramException.At(location, $"{location}: 'function' is required");
        var arguments = Child(mapping, "arguments") is { } args ? ParseValue(args, $"{location}.arguments") : new ObjectExpression([], location);
        return new InvokeExpression(function, arguments, Scalar(mapping, "return", location), location);
    }

    private static Expression ParseScalar(YamlScalarNode scalar, string location)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (text is "true" or "false")
            {
                return new LiteralExpression(text == "true", location);
            }

            if (text is "null" or "~" or "")
            {
                return new LiteralExpression(PropertyValue.Null, location);
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new LiteralExpression(number, location);
            }
        }

        return InterpolationParser.Parse(text, location);
    }

    private static ConfigDeclaration ParseConfig(string key, YamlNode node)
    {
        var location = $"config.{key}";
        if (node is not YamlMappingNode mapping)
        {
            // Short form: `key: value` is a default of the value's type.
            var literal = ParseValue(node, location) as LiteralExpression ?? throw ProgramException.At(location, $"{location}: must be a literal or a mapping with type/default");
            return new ConfigDeclaration(key, TypeOf(literal.Value), literal.Value, false);
        }

        var defaultNode = Child(mapping, "default") ?? Child(mapping, "value");
        var defaultValue = defaultNode is null ? null : (ParseValue(defaultNode, $"{location}.default") as LiteralExpression)?.Value
            ?? throw ProgramException.At(location, $"{location}.default: must be a literal");
        var type = Scalar(mapping, "type", location) ?? (defaultValue is null ? "string" : TypeOf(defaultValue));
        if (!ConfigTypes.Contains(type))
        {
            throw ProgramException.At(location, $"{location}: type '{type}' is not supported (string, integer, number, boolean)");
        }

        return new ConfigDeclaration(key, type.ToLowerInvariant(), defaultValue, Scalar(mapping, "secret", location) == "true");
    }

    private static ProgramResource ParseResource(string name, YamlNode node)
    {
        var location = $"resources.{name}";
        if (node is not YamlMappingNode mapping)
        {
            throw ProgramException.At(location, $"{location}: must be a mapping with 'type' and 'properties'");
        }

        var type = Scalar(mapping, "type", location) ?? throw ProgramException.At(location, $"{location}: 'type' is required");
        var properties = Child(mapping, "properties") switch
        {
            null => new ObjectExpression([], $"{location}.properties"),
            var value => ParseValue(value, $"{location}.properties") as ObjectExpression
                ?? throw ProgramException.At(location, $"{location}.properties: must be a mapping"),
        };
        return new ProgramResource(name, type, properties, ParseOptions(Child(mapping, "options"), $"{location}.options"));
    }

    private static ResourceOptionsSpec ParseOptions(YamlNode? node, string location)
    {
        if (node is null)
        {
            return ResourceOptionsSpec.None;
        }

        if (node is not YamlMappingNode mapping)
        {
            throw ProgramException.At(location, $"{location}: must be a mapping");
        }

        foreach (var key in mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value))
        {
            if (key is not ("dependsOn" or "ignoreChanges" or "deleteBeforeReplace" or "protect" or "import"))
            {
                throw ProgramException.At(location, $"{location}: option '{key}' is not supported (dependsOn, ignoreChanges, deleteBeforeReplace, protect, import)");
            }
        }

        var dependsOn = Strings(mapping, "dependsOn", location).Select(text => InterpolationParser.Parse(text, $"{location}.dependsOn") switch
        {
            ReferenceExpression { Path.Count: 0 } reference => reference.Root,
            _ => throw ProgramException.At(location, $"{location}.dependsOn: '{text}' must be a resource reference like ${{name}}"),
        }).ToList();
        return new ResourceOptionsSpec(
            dependsOn,
            Strings(mapping, "ignoreChanges", location),
            Scalar(mapping, "deleteBeforeReplace", location) == "true",
            Scalar(mapping, "protect", location) == "true",
            Scalar(mapping, "import", location));
    }

    private static List<string> Strings(YamlMappingNode mapping, string key, string location) => Child(mapping, key) switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Children.Select(item => (item as YamlScalarNode)?.Value
            ?? throw ProgramException.At(location, $"{location}.{key}: items must be strings")).ToList(),
        _ => throw ProgramException.At(location, $"{location}.{key}: must be a list"),
    };

    private static string TypeOf(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Bool => "boolean",
        PropertyValueKind.Number => "number",
        _ => "string",
    };

    private static IEnumerable<KeyValuePair<string, YamlNode>> Entries(YamlMappingNode root, string section) => Child(root, section) switch
    {
        null => [],
        YamlMappingNode mapping => mapping.Children.Select(entry => new KeyValuePair<string, YamlNode>(
            (entry.Key as YamlScalarNode)?.Value ?? throw ProgramException.At(section, $"{section}: keys must be strings"), entry.Value)),
        _ => throw new ProgramException($"Pulumi.yaml: '{section}' must be a mapping"),
    };

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode mapping, string key, string location) => Child(mapping, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        _ => throw ProgramException.At(location, $"{(location.Length > 0 ? location + "." : "")}{key}: must be a scalar"),
    };
}
