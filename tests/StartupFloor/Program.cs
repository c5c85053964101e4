using System.Net;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pulumi.ScpGateway.StartupFloor;

// Listens like the plugin (127.0.0.1:0, HTTP/2 only), prints the port as its first stdout line,
// serves until SIGINT/SIGTERM. Built the leanest way Grpc.AspNetCore allows, as the plugin is
// (the empty builder, Kestrel's core, routing's core): what the plugin takes beyond this is its own.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddRoutingCore();
builder.Services.AddGrpc();
var app = builder.Build();
app.MapGrpcService<FloorProvider>();
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
await Console.Out.WriteAsync($"{new Uri(address).Port}\n");
await Console.Out.FlushAsync();
await app.WaitForShutdownAsync();

internal sealed class FloorProvider : ResourceProvider.ResourceProviderBase
{
    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = "0.0.0" });
}
