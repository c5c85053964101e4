using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Pulumi.ScpGateway.ScpEmulator.Admin;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using Pulumi.ScpGateway.ScpEmulator.Gate;
using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.Operations;
using Pulumi.ScpGateway.ScpEmulator.State;

namespace Pulumi.ScpGateway.ScpEmulator;

/// <summary>
/// A running emulator on 127.0.0.1: both SCP services (API Gateway and Queue Service) on one base URL,
/// plus the <c>/_emulator/</c> admin endpoints. Dispose to stop it.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseUrl, EmulatorOptions options)
    {
        _app = app;
        BaseUrl = baseUrl;
        AccessKey = options.AccessKey;
        SecretKey = options.SecretKey;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>; point both service endpoint overrides here.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The base URL without the trailing slash, e.g. <c>http://127.0.0.1:41234</c>, for endpoint settings.</summary>
    public string Endpoint => BaseUrl.GetLeftPart(UriPartial.Authority);

    public string AccessKey { get; }

    public string SecretKey { get; }

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EmulatorState>();
        builder.Services.AddSingleton(services => new FaultInjector(options.Faults, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<RequestCounters>();
        builder.Services.AddSingleton<CallGate>();

        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<ScpPipeline>();
        ApiGatewayOperations.Map(app);
        QueueOperations.Map(app);
        AdminEndpoints.Map(app);

        // Held calls would otherwise keep a stopping emulator waiting for its shutdown timeout.
        var gate = app.Services.GetRequiredService<CallGate>();
        app.Lifetime.ApplicationStopping.Register(() => gate.Open());
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"), options);
    }

    /// <summary>Completes when the host is asked to stop (Ctrl-C or SIGTERM when run as a program).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
