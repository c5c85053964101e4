using Grpc.Net.Client;

namespace Pulumi.ScpGateway.Host;

/// <summary>Channels to the engine's gRPC server, from the "127.0.0.1:port" form engines pass around.</summary>
public static class EngineAddress
{
    /// <summary>"host:port" (as engines pass it) or an http:// URL, as an http:// URI (h2c with prior knowledge).</summary>
    public static Uri ToUri(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return new Uri(address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address);
    }

    /// <summary>A channel for loopback calls: never through a proxy the user's environment may name.</summary>
    /// <param name="maxReceiveMessageBytes">The largest answer accepted; Grpc.Net.Client's default (4 MB) when null.</param>
    public static GrpcChannel OpenChannel(string address, int? maxReceiveMessageBytes = null)
    {
        var options = new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(5), EnableMultipleHttp2Connections = true },
            DisposeHttpClient = true,
        };
        if (maxReceiveMessageBytes is { } max)
        {
            options.MaxReceiveMessageSize = max;
        }

        return GrpcChannel.ForAddress(ToUri(address), options);
    }
}
