using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Pulumi.ScpGateway.Tests.Scp.Seed;

/// <summary>
/// One operation as the SCP documentation shows it (extracted into seed-operations.json by
/// extract_seed_operations.py from the API seed).
/// </summary>
public sealed record SeedOperation(
    string Title, string Method, string Path, string ExamplePath, int Status, JsonElement? RequestBody, JsonElement? ResponseBody)
{
    public static IReadOnlyList<SeedOperation> All { get; } = Load();

    public static SeedOperation Named(string title) => All.Single(o => o.Title == title);

    /// <summary>Query keys the documented example request puts in its path, sorted.</summary>
    public IReadOnlyList<string> QueryKeys => ExamplePath.Contains('?')
        ? ExamplePath.Split('?')[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal).ToList()
        : [];

    public bool IsQueueService => Path.StartsWith("/v1/queues", StringComparison.Ordinal);

    private static List<SeedOperation> Load([CallerFilePath] string thisFile = "")
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "seed-operations.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.EnumerateArray().Select(op => new SeedOperation(
            op.GetProperty("title").GetString()!,
            op.GetProperty("method").GetString()!,
            op.GetProperty("path").GetString()!,
            op.GetProperty("examplePath").GetString()!,
            op.GetProperty("status").GetInt32(),
            op.TryGetProperty("requestBody", out var request) ? request.Clone() : null,
            op.TryGetProperty("responseBody", out var response) ? response.Clone() : null)).ToList();
    }
}
