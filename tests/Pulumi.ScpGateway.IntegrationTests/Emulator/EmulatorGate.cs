using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.ScpEmulator.Gate;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>
/// The emulator's gate and creation hold from a test's side (<c>/_emulator/gate</c>, <c>/_emulator/creating</c>):
/// hold calls, wait until they are held, let them go.
/// </summary>
public sealed class EmulatorGate(string endpoint) : IDisposable
{
    /// <summary>How long a wait for held calls may take before the test fails: a hang guard, far above any run's needs.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    // The long poll answers within HangGuard itself; the client must not give up first.
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Holds every call of these operations (e.g. ShowApi) from now on.</summary>
    public Task CloseAsync(IReadOnlyList<string> operations, CancellationToken cancellationToken) =>
        CloseAsync(new GateRule { Operations = operations }, cancellationToken);

    public async Task CloseAsync(GateRule rule, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync($"{endpoint}/_emulator/gate", rule, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Returns once <paramref name="count"/> calls are held at the same time, with what they are; fails the test after <see cref="HangGuard"/>.</summary>
    public async Task<IReadOnlyList<HeldCallView>> WaitForHeldAsync(int count, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{endpoint}/_emulator/gate/held?count={count}&timeout_seconds={(int)HangGuard.TotalSeconds}", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"waiting for {count} held calls: {(int)response.StatusCode} {body}");
        return [.. JsonNode.Parse(body)!["held_calls"]!.AsArray().Select(call => new HeldCallView(
            call!["operation"]!.GetValue<string>(), call["method"]!.GetValue<string>(), call["path"]!.GetValue<string>(), call["object_name"]?.GetValue<string>()))];
    }

    /// <summary>Lets the calls held now go on; later matching calls are still held.</summary>
    public Task<int> ReleaseAsync(CancellationToken cancellationToken) => CountAsync(HttpMethod.Post, "gate/release", "released", cancellationToken);

    /// <summary>Opens the gate: held calls go on and no call is held any more.</summary>
    public Task<int> OpenAsync(CancellationToken cancellationToken) => CountAsync(HttpMethod.Delete, "gate", "released", cancellationToken);

    /// <summary>New Apis and/or Queues stay in their creating state until <see cref="FinishCreatingAsync"/>.</summary>
    public async Task HoldCreatingAsync(bool apis, bool queues, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync($"{endpoint}/_emulator/creating", new { apis, queues }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops holding creates and makes every held Api and Queue Active now; answers how many were held.</summary>
    public async Task<int> FinishCreatingAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{endpoint}/_emulator/creating");
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        return body["released_apis"]!.GetValue<int>() + body["released_queues"]!.GetValue<int>();
    }

    public void Dispose() => http.Dispose();

    private async Task<int> CountAsync(HttpMethod method, string path, string field, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, $"{endpoint}/_emulator/{path}");
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))![field]!.GetValue<int>();
    }
}

/// <summary>A call the gate holds: its operation, HTTP method, path and the name of the object it is about.</summary>
public sealed record HeldCallView(string Operation, string Method, string Path, string? ObjectName);
