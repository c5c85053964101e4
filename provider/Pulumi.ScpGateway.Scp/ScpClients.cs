using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.Http;
using Pulumi.ScpGateway.Scp.QueueService;

namespace Pulumi.ScpGateway.Scp;

/// <summary>The typed SCP clients of one provider configuration, sharing one connection pool.</summary>
public sealed class ScpClients : IDisposable
{
    private readonly HttpClient _http;

    private ScpClients(HttpClient http, IApiGatewayClient apiGateway, IQueueServiceClient queueService)
    {
        _http = http;
        ApiGateway = apiGateway;
        QueueService = queueService;
    }

    public IApiGatewayClient ApiGateway { get; }

    public IQueueServiceClient QueueService { get; }

    /// <summary>
    /// Builds both clients. <paramref name="handler"/> replaces the network stack (tests, proxies);
    /// it is not disposed with the clients. <paramref name="options"/> sets clock, backoff waits
    /// and jitter.
    /// </summary>
    public static ScpClients Create(ScpSettings settings, HttpMessageHandler? handler = null, ScpClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        options ??= new ScpClientOptions();
        var http = handler is null
            ? new HttpClient(DefaultHandler(settings), disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        // Each attempt has its own timeout (settings.RequestTimeout); HttpClient's would cut retries short.
        http.Timeout = Timeout.InfiniteTimeSpan;
        var apiGateway = new ApiGatewayClient(new ScpJsonCalls(new ScpTransport(http, ScpService.ApiGateway(settings), settings, options)));
        var queueService = new QueueServiceClient(new ScpJsonCalls(new ScpTransport(http, ScpService.QueueService(settings), settings, options)));
        return new ScpClients(http, apiGateway, queueService);
    }

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler DefaultHandler(ScpSettings settings) => new()
    {
        // Re-resolve DNS now and then for long-running updates.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = settings.RequestTimeout,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        AllowAutoRedirect = false,
    };
}
