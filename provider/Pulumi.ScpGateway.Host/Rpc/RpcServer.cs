using System.Net;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// A unary gRPC server on Kestrel: HTTP/2 cleartext with prior knowledge on 127.0.0.1.
/// Built on a bare <see cref="KestrelServer"/> (no generic host) so start-up stays fast and
/// nothing is ever logged to stdout, which belongs to the port line.
/// </summary>
public sealed class RpcServer : IAsyncDisposable
{
    private readonly KestrelServer kestrel;
    private readonly GrpcHttpApplication application;
    private readonly ServerCancellation cancellation;
    private readonly bool ownsCancellation;
    private int started;

    public RpcServer(RpcMethodTable methods, RpcServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(methods);
        options ??= new RpcServerOptions();
        ownsCancellation = options.Cancellation is null;
        cancellation = options.Cancellation ?? new ServerCancellation();

        ILoggerFactory loggers = NullLoggerFactory.Instance;
        var kestrelOptions = new KestrelServerOptions
        {
            AddServerHeader = false,
            ApplicationServices = new ServiceCollection().AddSingleton(loggers).BuildServiceProvider(),
        };
        // Our own frame limit applies; Kestrel's 30 MB default body limit would cut it short.
        kestrelOptions.Limits.MaxRequestBodySize = null;
        // The engine runs many long operations (waits for Active) over one connection; clients
        // queue streams beyond this, so keep it well above any parallelism setting.
        kestrelOptions.Limits.Http2.MaxStreamsPerConnection = 1000;
        // The engine keeps one connection for the plugin's whole life, idle between phases.
        kestrelOptions.Limits.KeepAliveTimeout = TimeSpan.FromHours(1);
        kestrelOptions.Listen(IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http2);

        kestrel = new KestrelServer(
            Options.Create(kestrelOptions),
            new SocketTransportFactory(Options.Create(new SocketTransportOptions()), loggers),
            loggers);
        application = new GrpcHttpApplication(new UnaryCallHandler(methods, options, cancellation));
    }

    /// <summary>The bound port, once started.</summary>
    public int Port { get; private set; }

    /// <summary>"127.0.0.1:port", the form the engine and plugins pass around.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Fires every in-flight (and later) call's token.</summary>
    public void CancelAllCalls() => cancellation.CancelAll();

    public async Task<int> StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            throw new InvalidOperationException("The server is already started.");
        }

        await kestrel.StartAsync(application, cancellationToken).ConfigureAwait(false);
        var address = kestrel.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report its listening address.");
        Port = new Uri(address).Port;
        return Port;
    }

    /// <summary>Cancels every call, then stops; in-flight calls get until the token fires to finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        cancellation.CancelAll();
        if (Volatile.Read(ref started) == 1)
        {
            await kestrel.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await StopAsync(bounded.Token).ConfigureAwait(false);
        }

        kestrel.Dispose();
        if (ownsCancellation)
        {
            cancellation.Dispose();
        }
    }
}
