using System.Net.Http.Json;
using System.Text.Json;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.QueueService;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

/// <summary>
/// A real emulator on loopback and the provider's real SCP clients pointed at it. Backoff waits are
/// recorded instead of slept, so retry tests run fast without asserting timings.
/// </summary>
public sealed class ScpHarness : IAsyncDisposable
{
    private readonly HttpClient _admin;
    private readonly List<ScpClients> _clients = [];
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private ScpHarness(EmulatorHost host)
    {
        Host = host;
        _admin = new HttpClient { BaseAddress = host.BaseUrl };
        var clients = NewClients();
        Api = clients.ApiGateway;
        Queues = clients.QueueService;
    }

    public EmulatorHost Host { get; }

    public IApiGatewayClient Api { get; }

    public IQueueServiceClient Queues { get; }

    /// <summary>Backoff waits the default clients asked for, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    /// <summary>Bounds every test: nothing here should take a minute.</summary>
    public CancellationToken Ct => _timeout.Token;

    /// <summary>Starts an emulator whose Apis and Queues are active at once unless <paramref name="options"/> says otherwise.</summary>
    public static async Task<ScpHarness> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0 };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return new ScpHarness(await EmulatorHost.StartAsync(options, timeout.Token));
    }

    public ScpSettings Settings(string? secretKey = null, string accountId = "", int maxRetries = 8) => new()
    {
        AccessKey = Host.AccessKey,
        SecretKey = secretKey ?? Host.SecretKey,
        AccountId = accountId,
        ApiGatewayEndpoint = new Uri(Host.Endpoint),
        QueueServiceEndpoint = new Uri(Host.Endpoint),
        MaxRetries = maxRetries,
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>Another pair of clients on this emulator, e.g. with a wrong key or a skewed clock.</summary>
    public ScpClients NewClients(ScpSettings? settings = null, TimeProvider? time = null)
    {
        var options = new ScpClientOptions
        {
            Time = time ?? TimeProvider.System,
            Jitter = new Random(7),
            Delay = (wait, _) =>
            {
                lock (Waits)
                {
                    Waits.Add(wait);
                }
                return Task.CompletedTask;
            },
        };
        var clients = ScpClients.Create(settings ?? Settings(), handler: null, options);
        _clients.Add(clients);
        return clients;
    }

    /// <summary>Replaces the emulator's fault switches.</summary>
    public async Task SetFaultsAsync(FaultSettings faults)
    {
        using var answer = await _admin.PutAsJsonAsync("_emulator/faults", faults, Ct);
        answer.EnsureSuccessStatusCode();
    }

    /// <summary>Everything the emulator stores (<c>/_emulator/state</c>).</summary>
    public Task<JsonElement> StateAsync() => _admin.GetFromJsonAsync<JsonElement>("_emulator/state", Ct);

    /// <summary>How many requests of one operation reached the emulator (faulted ones included).</summary>
    public async Task<int> CountAsync(string operation)
    {
        var requests = await _admin.GetFromJsonAsync<JsonElement>("_emulator/requests", Ct);
        return requests.GetProperty("operations").TryGetProperty(operation, out var count)
            ? count.GetProperty("count").GetInt32()
            : 0;
    }

    /// <summary>How the emulator answered one operation: status ("200", "429", "reset") to count.</summary>
    public async Task<Dictionary<string, int>> StatusesAsync(string operation)
    {
        var requests = await _admin.GetFromJsonAsync<JsonElement>("_emulator/requests", Ct);
        return requests.GetProperty("operations").TryGetProperty(operation, out var count)
            ? count.GetProperty("statuses").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())
            : [];
    }

    /// <summary>Total requests that reached the emulator.</summary>
    public async Task<int> TotalRequestsAsync()
    {
        var requests = await _admin.GetFromJsonAsync<JsonElement>("_emulator/requests", Ct);
        return requests.GetProperty("total").GetInt32();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var clients in _clients)
        {
            clients.Dispose();
        }
        _admin.Dispose();
        _timeout.Dispose();
        await Host.DisposeAsync();
    }
}
