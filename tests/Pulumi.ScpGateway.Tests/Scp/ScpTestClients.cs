using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Tests.Scp;

/// <summary>Settings and clients wired to a scripted handler, with backoff waits recorded instead of slept.</summary>
public sealed class ScpTestClients : IDisposable
{
    public const string AccessKey = "TESTACCESSKEY123";
    public const string SecretKey = "TESTSECRETKEY-do-not-print-0123456789";

    public ScpTestClients(ScriptedHandler? handler = null, Func<ScpSettings, ScpSettings>? tune = null, int seed = 7,
        Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        Handler = handler ?? new ScriptedHandler();
        Settings = (tune ?? (s => s))(DefaultSettings());
        Clients = ScpClients.Create(Settings, Handler, new ScpClientOptions
        {
            Jitter = new Random(seed),
            Delay = delay ?? ((wait, _) =>
            {
                Delays.Add(wait);
                return Task.CompletedTask;
            }),
            OnRetry = Retries.Add,
        });
    }

    public ScriptedHandler Handler { get; }

    public ScpSettings Settings { get; }

    public ScpClients Clients { get; }

    public List<TimeSpan> Delays { get; } = [];

    public List<ScpRetryNotice> Retries { get; } = [];

    public static ScpSettings DefaultSettings() => new()
    {
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        ApiGatewayEndpoint = new Uri("http://127.0.0.1:9/apigw"),
        QueueServiceEndpoint = new Uri("http://127.0.0.1:9/queue"),
        MaxRetries = 4,
    };

    public void Dispose() => Clients.Dispose();
}
