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

    private static readonly JsonElement NullElement = JsonDocument.Parse("null").RootElement;

    private static readonly System.Text.RegularExpressions.Regex IndexPattern = new(@"\[\d+\]", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static IEnumerable<JsonObject> Operations => Document.Value["operations"]!.AsArray().Select(o => o!.AsObject());

    public static IReadOnlySet<string> NullableKeys =>
        Document.Value["nullable_keys"]!.AsArray().Select(k => k!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    public static JsonObject Get(string operation) =>
        Operations.Single(o => o["operation"]!.GetValue<string>() == operation);

    /// <summary>Item examples, by field name, for arrays the seed shows only empty (built from the seed's models).</summary>
    public static IReadOnlyDictionary<string, JsonElement> EmptyArrayItems =>
        Document.Value["empty_array_items"]!.AsObject().ToDictionary(
            entry => entry.Key, entry => JsonDocument.Parse(entry.Value!["item"]!.ToJsonString()).RootElement, StringComparer.Ordinal);

    /// <summary>
    /// Differences in shape between an actual answer and the example: missing or extra keys and different
    /// JSON kinds, recursively. A null in the example matches only null; an actual null matches where the
    /// seed's models allow null for that field. Array items are compared with the example's first item, or
    /// for an empty example array with <paramref name="emptyArrayItems"/> of its field; items with nothing to
    /// compare them with are a difference, and so is an array of the example that is empty everywhere in the
    /// answer (its items' shape would never be compared).
    /// </summary>
    public static List<string> ShapeDifferences(
        JsonElement? example, JsonElement? actual, IReadOnlySet<string> nullable, IReadOnlyDictionary<string, JsonElement>? emptyArrayItems = null)
    {
        var comparison = new ShapeComparison(nullable, emptyArrayItems ?? new Dictionary<string, JsonElement>());
        comparison.Compare(example ?? NullElement, actual ?? NullElement, "$");
        return comparison.Differences;
    }

    private sealed class ShapeComparison(IReadOnlySet<string> nullable, IReadOnlyDictionary<string, JsonElement> emptyArrayItems)
    {
        // Per array of the example (indices left out): whether some instance in the answer had items.
        private readonly Dictionary<string, (int ExampleItems, bool Compared)> arrays = new(StringComparer.Ordinal);
        private readonly List<string> differences = [];

        public List<string> Differences =>
        [
            .. differences,
            .. arrays.Where(entry => !entry.Value.Compared)
                .Select(entry => $"{entry.Key}: empty, the example has {entry.Value.ExampleItems} item(s) whose shape is then never compared"),
        ];

        public void Compare(JsonElement e, JsonElement a, string path)
        {
            var key = path[(path.LastIndexOf('.') + 1)..];
            if (a.ValueKind == JsonValueKind.Null)
            {
                if (e.ValueKind != JsonValueKind.Null && !nullable.Contains(key))
                {
                    differences.Add($"{path}: null, the example has {Kind(e)}");
                }

                return;
            }

            if (Kind(e) != Kind(a))
            {
                differences.Add($"{path}: {Kind(a)}, the example has {Kind(e)}");
                return;
            }

            if (e.ValueKind == JsonValueKind.Object)
            {
                var expectedKeys = e.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var actualKeys = a.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                differences.AddRange(expectedKeys.Except(actualKeys).Select(k => $"{path}.{k}: missing"));
                differences.AddRange(actualKeys.Except(expectedKeys).Select(k => $"{path}.{k}: not in the example"));
                foreach (var k in expectedKeys.Intersect(actualKeys))
                {
                    Compare(e.GetProperty(k), a.GetProperty(k), $"{path}.{k}");
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                CompareItems(e, a, path, key);
            }
        }

        private void CompareItems(JsonElement e, JsonElement a, string path, string key)
        {
            var actualItems = a.GetArrayLength();
            if (e.GetArrayLength() > 0)
            {
                var general = IndexPattern.Replace(path, "[]");
                var seen = arrays.GetValueOrDefault(general, (ExampleItems: e.GetArrayLength(), Compared: false));
                arrays[general] = seen with { Compared = seen.Compared || actualItems > 0 };
            }

            var item = e.GetArrayLength() > 0 ? e[0] : emptyArrayItems.TryGetValue(key, out var fromModel) ? fromModel : (JsonElement?)null;
            if (item is null)
            {
                if (actualItems > 0)
                {
                    differences.Add($"{path}: {actualItems} item(s), the example has none to compare them with");
                }

                return;
            }

            var index = 0;
            foreach (var actualItem in a.EnumerateArray())
            {
                Compare(item.Value, actualItem, $"{path}[{index++}]");
            }
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
