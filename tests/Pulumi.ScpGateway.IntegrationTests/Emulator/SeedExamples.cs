using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>
/// The seed's example request and response of every operation, extracted into SeedExamples.json by
/// extract_seed_examples.py (read from beside this source file, so the data needs no build step).
/// </summary>
public static class SeedExamples
{
    private static readonly Lazy<JsonObject> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SourceDirectory(), "SeedExamples.json")))!.AsObject());

    public static IEnumerable<JsonObject> Operations => Document.Value["operations"]!.AsArray().Select(o => o!.AsObject());

    public static IReadOnlySet<string> NullableKeys =>
        Document.Value["nullable_keys"]!.AsArray().Select(k => k!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    public static JsonObject Get(string operation) =>
        Operations.Single(o => o["operation"]!.GetValue<string>() == operation);

    /// <summary>
    /// Differences in shape between an actual answer and the example: missing or extra keys and different
    /// JSON kinds, recursively. Null in the example matches anything; an actual null matches where the
    /// seed's models allow null for that field.
    /// </summary>
    public static List<string> ShapeDifferences(JsonElement? example, JsonElement? actual, IReadOnlySet<string> nullable, string path = "$")
    {
        var differences = new List<string>();
        if (example is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return differences;
        }

        if (actual is not { } a || a.ValueKind == JsonValueKind.Null)
        {
            var key = path[(path.LastIndexOf('.') + 1)..];
            if (!nullable.Contains(key))
            {
                differences.Add($"{path}: null, the example has {Kind(e)}");
            }

            return differences;
        }

        if (Kind(e) != Kind(a))
        {
            differences.Add($"{path}: {Kind(a)}, the example has {Kind(e)}");
            return differences;
        }

        if (e.ValueKind == JsonValueKind.Object)
        {
            var expectedKeys = e.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var actualKeys = a.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            differences.AddRange(expectedKeys.Except(actualKeys).Select(k => $"{path}.{k}: missing"));
            differences.AddRange(actualKeys.Except(expectedKeys).Select(k => $"{path}.{k}: not in the example"));
            foreach (var k in expectedKeys.Intersect(actualKeys))
            {
                differences.AddRange(ShapeDifferences(e.GetProperty(k), a.GetProperty(k), nullable, $"{path}.{k}"));
            }
        }
        else if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0)
        {
            var index = 0;
            foreach (var item in a.EnumerateArray())
            {
                differences.AddRange(ShapeDifferences(e[0], item, nullable, $"{path}[{index++}]"));
            }
        }

        return differences;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
