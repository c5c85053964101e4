using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// gRPC services hosted with Grpc.AspNetCore on 127.0.0.1 (HTTP/2 cleartext, an OS-chosen port), as
/// the engine hosts its own services on grpc-go: the simulated Engine, and the fake providers of tests.
/// </summary>
public sealed class LoopbackGrpcServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int stopped;

    private LoopbackGrpcServer(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>"127.0.0.1:port", the form the engine and plugins pass around.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Starts a server for <paramref name="services"/>, each mapped as a gRPC service under its own type.</summary>
    public static async Task<LoopbackGrpcServer> StartAsync(IEnumerable<GrpcServiceRegistration> services, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = null);
        var registrations = services.ToList();
        foreach (var registration in registrations)
        {
            registration.Register(builder.Services);
        }

        var app = builder.Build();
        foreach (var registration in registrations)
        {
            registration.Map(app);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackGrpcServer(app, new Uri(address).Port);
    }

    /// <summary>Stops serving (connections close; the port refuses from then on), as a dying engine does.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(bounded.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>One service instance to host (see <see cref="LoopbackGrpcServer"/>).</summary>
public sealed class GrpcServiceRegistration
{
    private GrpcServiceRegistration(Action<IServiceCollection> register, Action<WebApplication> map)
    {
        Register = register;
        Map = map;
    }

    internal Action<IServiceCollection> Register { get; }

    internal Action<WebApplication> Map { get; }

    public static GrpcServiceRegistration Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] TService>(TService instance)
        where TService : class =>
        new(services => services.AddSingleton(instance), app => app.MapGrpcService<TService>());
}
