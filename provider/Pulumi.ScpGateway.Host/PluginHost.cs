using System.Net;
using System.Runtime.InteropServices;
using Grpc.AspNetCore.Server.Model;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The plugin process (PROTOCOL.md §1): serve gRPC on 127.0.0.1 (Grpc.AspNetCore on Kestrel, HTTP/2
/// only), print the port as the first and only stdout line, serve until SIGINT/SIGTERM or until the
/// engine is gone, exit 0.
/// </summary>
public static class PluginHost
{
    /// <summary>Largest request message accepted; bigger ones answer RESOURCE_EXHAUSTED. Far above any real property map.</summary>
    public const int MaxRequestBytes = 64 * 1024 * 1024;

    /// <summary>Hidden flag for <c>make schema</c>: print the package schema and exit, without serving.</summary>
    public const string EmitSchemaFlag = "--emit-schema";

    // After Cancel fires every call's token, how long calls get to answer (a create reporting what
    // it made) before the server closes; the engine kills the plugin 5 s after SIGINT.
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args, Func<IProviderPackage> createPackage)
    {
        ArgumentNullException.ThrowIfNull(createPackage);
        if (args is [EmitSchemaFlag])
        {
            using var schemaOnly = createPackage();
            await Console.Out.WriteAsync(schemaOnly.SchemaJson() + "\n").ConfigureAwait(false);
            return 0;
        }

        var commandLine = PluginCommandLine.Parse(args);
        if (commandLine.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"{ProcessName}: {error}\n\n{PluginCommandLine.Usage(ProcessName)}").ConfigureAwait(false);
            return 2;
        }

        if (commandLine.Action == PluginAction.Help)
        {
            await Console.Out.WriteAsync(PluginCommandLine.Usage(ProcessName) + "\n").ConfigureAwait(false);
            return 0;
        }

        if (commandLine.Action == PluginAction.Version)
        {
            using var versionOnly = createPackage();
            await Console.Out.WriteAsync($"{versionOnly.Version}\n").ConfigureAwait(false);
            return 0;
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => RequestStop(signal, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => RequestStop(signal, stop));

        using var cancellation = new ServerCancellation();
        using var engineLog = new EngineLogClient(commandLine.EngineAddress);
        using var provider = new ResourceProviderService(engineLog, cancellation, createPackage());
        var server = BuildServer(provider);
        await using (server.ConfigureAwait(false))
        {
            int port;
            try
            {
                await server.StartAsync(CancellationToken.None).ConfigureAwait(false);
                port = ListeningPort(server);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"{ProcessName}: could not listen on 127.0.0.1: {ex.Message}").ConfigureAwait(false);
                return 1;
            }

            // The engine reads stdout up to the first newline; nothing may precede or follow it.
            var stdout = Console.Out;
            await stdout.WriteAsync($"{port}\n").ConfigureAwait(false);
            await stdout.FlushAsync().ConfigureAwait(false);

            using var watching = new CancellationTokenSource();
            var engineWatch = commandLine.EngineAddress is { } engineAddress
                ? WatchEngineAsync(new EngineHealthWatch(engineAddress, EngineHealthWatch.IntervalFrom(Environment.GetEnvironmentVariable)), stop, watching.Token)
                : Task.CompletedTask;

            await stop.Task.ConfigureAwait(false);

            // As the engine's Cancel does: every in-flight call's token fires, so creates report what
            // they made (and keep their journal entries) before the server closes.
            cancellation.CancelAll();
            await watching.CancelAsync().ConfigureAwait(false);
            using var grace = new CancellationTokenSource(ShutdownGrace);
            await server.StopAsync(grace.Token).ConfigureAwait(false);
            await engineWatch.ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>
    /// Grpc.AspNetCore on Kestrel with the least set-up that serves it: the empty builder (no
    /// configuration sources, no logging providers, so nothing is ever written to stdout, which
    /// belongs to the port line), HTTP/2 cleartext with prior knowledge on 127.0.0.1, an OS-chosen port.
    /// </summary>
    private static WebApplication BuildServer(ResourceProviderService provider)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The gRPC message limit applies; Kestrel's 30 MB body limit would cut it short.
            kestrel.Limits.MaxRequestBodySize = null;
            // The engine runs many long operations (waits for Active) over one connection; clients
            // queue streams beyond this, so keep it well above any parallelism setting.
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            // The engine keeps one connection for the plugin's whole life, idle between phases.
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromHours(1);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = MaxRequestBytes;
            grpc.MaxSendMessageSize = null;
            // Frames Grpc.AspNetCore itself refuses (a bad flag, a length past 2 GiB) then say why
            // instead of "Exception was thrown by handler". Handlers map their own errors (Serve), so
            // this shows exception messages only, never stack traces.
            grpc.EnableDetailedErrors = true;
        });
        // grpc.health.v1: SERVING for the server as a whole ("") and for ResourceProvider, for as long as the process serves.
        var health = new HealthServiceImpl();
        health.SetStatus(string.Empty, HealthCheckResponse.Types.ServingStatus.Serving);
        health.SetStatus(ResourceProviderBinding.ServiceName, HealthCheckResponse.Types.ServingStatus.Serving);
        builder.Services.AddSingleton(new ResourceProviderEndpoint());
        builder.Services.AddSingleton<IServiceMethodProvider<ResourceProviderEndpoint>>(new ResourceProviderBinding(provider, health));

        var app = builder.Build();
        // One mapping for both services: each MapGrpcService builds its own set of generic services at run time.
        app.MapGrpcService<ResourceProviderEndpoint>();
        return app;
    }

    private static int ListeningPort(WebApplication server)
    {
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report its listening address.");
        return new Uri(address).Port;
    }

    /// <summary>When the engine is gone, says so on stderr (the engine's log is gone with it) and stops the plugin.</summary>
    private static async Task WatchEngineAsync(EngineHealthWatch watch, TaskCompletionSource stop, CancellationToken cancellationToken)
    {
        try
        {
            var reason = await watch.WaitUntilEngineGoneAsync(cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"{ProcessName}: the engine at {watch.EngineAddress} is gone ({reason}); shutting down").ConfigureAwait(false);
            stop.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            // The plugin is stopping for another reason.
        }
    }

    private static string ProcessName => Path.GetFileName(Environment.ProcessPath) ?? "plugin";

    private static void RequestStop(PosixSignalContext signal, TaskCompletionSource stop)
    {
        // Handle it ourselves so the runtime does not terminate before we stop cleanly.
        signal.Cancel = true;
        stop.TrySetResult();
    }
}
