using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.Tests.Framework;

/// <summary>
/// Validates JSON against Pulumi's package metaschema (shared/data). No JSON Schema library
/// restores here, so this covers just the keywords that metaschema uses: $ref to $defs, type,
/// properties, additionalProperties, propertyNames, required, items, minItems, minLength,
/// pattern, enum, const, allOf, anyOf, oneOf and boolean schemas.
/// </summary>
internal sealed class Metaschema
{
    private readonly JsonNode _root;

    private Metaschema(JsonNode root) => _root = root;

    public static Metaschema Load()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "pulumi-package-metaschema.json");
            if (File.Exists(candidate))
            {
                return new Metaschema(JsonNode.Parse(File.ReadAllText(candidate))!);
            }
        }
        throw new FileNotFoundException("shared/data/pulumi-package-metaschema.json was not found above the test directory.");
    }

    /// <summary>Every violation, as "path: problem"; empty when the document is valid.</summary>
    public List<string> Validate(JsonNode document)
    {
        var problems = new List<string>();
        Check(_root, document, "$", problems);
        return problems;
    }

    private void Check(JsonNode? schema, JsonNode? value, string path, List<string> problems)
    {
        if (schema is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
        {
            if (!allowed)
            {
                problems.Add($"{path}: not allowed here");
            }
            return;
        }
        if (schema is not JsonObject rules)
        {
            return;
        }
        if (rules["$ref"] is JsonValue reference)
        {
            Check(Resolve(reference.GetValue<string>()), value, path, problems);
        }
        if (rules["type"] is { } type && !TypeMatches(type, value))
        {
            problems.Add($"{path}: expected type {type.ToJsonString()}, got {Kind(value)}");
            return;
        }
        if (rules["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            problems.Add($"{path}: must be {constant.ToJsonString()}");
        }
        if (rules["enum"] is JsonArray options && !options.Any(option => JsonNode.DeepEquals(option, value)))
        {
            problems.Add($"{path}: must be one of {options.ToJsonString()}");
        }
        CheckString(rules, value, path, problems);
        CheckObject(rules, value, path, problems);
        CheckArray(rules, value, path, problems);
        CheckCombinations(rules, value, path, problems);
    }

    private static void CheckString(JsonObject rules, JsonNode? value, string path, List<string> problems)
    {
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            return;
        }
        var s = text.GetValue<string>();
        if (rules["minLength"] is { } minLength && s.Length < minLength.GetValue<int>())
        {
            problems.Add($"{path}: shorter than {minLength}");
        }
        if (rules["pattern"] is { } pattern && !Regex.IsMatch(s, pattern.GetValue<string>()))
        {
            problems.Add($"{path}: '{s}' does not match {pattern}");
        }
    }

    private void CheckObject(JsonObject rules, JsonNode? value, string path, List<string> problems)
    {
        if (value is not JsonObject obj)
        {
            return;
        }
        foreach (var name in rules["required"]?.AsArray().Select(item => item!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(name))
            {
                problems.Add($"{path}: missing {name}");
            }
        }
        var properties = rules["properties"] as JsonObject;
        foreach (var (name, item) in obj)
        {
            if (rules["propertyNames"] is { } names)
            {
                Check(names, JsonValue.Create(name), $"{path}.{name} (name)", problems);
            }
            if (properties is not null && properties.TryGetPropertyValue(name, out var propertySchema))
            {
                Check(propertySchema, item, $"{path}.{name}", problems);
            }
            else if (rules["additionalProperties"] is { } additional)
            {
                Check(additional, item, $"{path}.{name}", problems);
            }
        }
    }

    private void CheckArray(JsonObject rules, JsonNode? value, string path, List<string> problems)
    {
        if (value is not JsonArray array)
        {
            return;
        }
        if (rules["minItems"] is { } minItems && array.Count < minItems.GetValue<int>())
        {
            problems.Add($"{path}: fewer than {minItems} items");
        }
        if (rules["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{path}[{i}]", problems);
            }
        }
    }

    private void CheckCombinations(JsonObject rules, JsonNode? value, string path, List<string> problems)
    {
        foreach (var part in rules["allOf"]?.AsArray() ?? [])
        {
            Check(part, value, path, problems);
        }
        if (rules["anyOf"] is JsonArray anyOf && !anyOf.Any(part => Passes(part, value, path)))
        {
            problems.Add($"{path}: matches none of anyOf");
        }
        if (rules["oneOf"] is JsonArray oneOf && oneOf.Count(part => Passes(part, value, path)) != 1)
        {
            problems.Add($"{path}: must match exactly one of oneOf");
        }
    }

    private bool Passes(JsonNode? schema, JsonNode? value, string path)
    {
        var problems = new List<string>();
        Check(schema, value, path, problems);
        return problems.Count == 0;
    }

    private JsonNode? Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported, not {reference}.");
        }
        JsonNode? node = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node![segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }
        return node;
    }

    private static bool TypeMatches(JsonNode type, JsonNode? value) =>
        type is JsonArray any ? any.Any(option => TypeMatches(option!, value)) : Kind(value) == type.GetValue<string>()
            || (type.GetValue<string>() == "number" && Kind(value) == "integer");

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) is var number && Math.Floor(number) == number ? "integer" : "number",
            _ => "null",
        },
        _ => "unknown",
    };
}
