using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>Request counts per SCP operation name, as the emulator's counters report them.</summary>
public sealed record RequestCounts(IReadOnlyDictionary<string, int> Operations)
{
    public int Total => Operations.Values.Sum();

    /// <summary>What happened between <paramref name="before"/> and this snapshot (operations with no requests left out).</summary>
    public RequestCounts Since(RequestCounts before) => new(
        Operations.Select(operation => (operation.Key, Count: operation.Value - before.Operations.GetValueOrDefault(operation.Key)))
            .Where(operation => operation.Count > 0)
            .ToDictionary(operation => operation.Key, operation => operation.Count));
}

/// <summary>The SCP emulator's unsigned admin endpoints (tests/ScpEmulator/README.md): counters, latency, creation delays, reset.</summary>
public sealed class EmulatorAdmin(Uri baseUrl) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUrl };

    public Uri BaseUrl => baseUrl;

    public async Task<RequestCounts> RequestsAsync(CancellationToken cancellationToken)
    {
        var body = await http.GetFromJsonAsync<JsonObject>("/_emulator/requests", cancellationToken)
            ?? throw new InvalidOperationException("the emulator answered no request counters");
        var operations = body["operations"]?.AsObject() ?? [];
        return new RequestCounts(operations.ToDictionary(operation => operation.Key, operation => operation.Value!["count"]!.GetValue<int>()));
    }

    /// <summary>Clears objects and counters, then sets the latency (no other faults) and how long Apis and queues take to become usable.</summary>
    public async Task ResetAsync(int latencyMilliseconds, int createDelayMilliseconds, CancellationToken cancellationToken)
    {
        (await http.PostAsync("/_emulator/reset", null, cancellationToken)).EnsureSuccessStatusCode();
        await PutAsync("/_emulator/faults", new { latency_ms = latencyMilliseconds }, cancellationToken);
        await PutAsync("/_emulator/settings", new { api_create_delay_ms = createDelayMilliseconds, queue_create_delay_ms = createDelayMilliseconds }, cancellationToken);
    }

    /// <summary>How many Apis and queues the emulator holds (both 0 after a destroy).</summary>
    public async Task<int> StoredObjectsAsync(CancellationToken cancellationToken)
    {
        var state = await http.GetFromJsonAsync<JsonObject>("/_emulator/state", cancellationToken)
            ?? throw new InvalidOperationException("the emulator answered no state");
        return (state["apis"]?.AsArray().Count ?? 0) + (state["queues"]?.AsArray().Count ?? 0);
    }

    private async Task PutAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(path, body, JsonSerializerOptions.Web, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => http.Dispose();
}
