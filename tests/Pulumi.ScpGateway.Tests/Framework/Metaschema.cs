using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Pulumi.ScpGateway.Tests.Framework;

/// <summary>
/// Pulumi's package metaschema (shared/data/pulumi-package-metaschema.json, JSON Schema 2020-12),
/// evaluated by JsonSchema.Net.
/// </summary>
internal sealed class Metaschema
{
    // Built once: the metaschema's $id can be registered only once per registry.
    private static readonly Lazy<Metaschema> Shared = new(() => new Metaschema(JsonSchema.FromText(
        File.ReadAllText(FindFile()), new BuildOptions { SchemaRegistry = new SchemaRegistry() })));

    private readonly JsonSchema _schema;

    private Metaschema(JsonSchema schema) => _schema = schema;

    public static Metaschema Load() => Shared.Value;

    /// <summary>Every violation, as "instance location: problem"; empty when the document is valid.</summary>
    public List<string> Validate(JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var results = _schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        var problems = (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .ToList();
        // Invalid with no detail carrying an error text still is invalid.
        return problems.Count > 0 ? problems : ["$: does not match the metaschema"];
    }

    private static string FindFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "pulumi-package-metaschema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("shared/data/pulumi-package-metaschema.json was not found above the test directory.");
    }
}
