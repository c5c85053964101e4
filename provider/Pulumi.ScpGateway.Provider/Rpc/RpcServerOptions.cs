namespace Pulumi.ScpGateway.Provider.Rpc;

public sealed class RpcServerOptions
{
    /// <summary>Largest request message accepted; bigger ones answer RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageBytes { get; init; } = MessageFraming.DefaultMaxMessageBytes;

    /// <summary>The server-wide cancellation every call's token is linked to.</summary>
    public ServerCancellation? Cancellation { get; init; }

    /// <summary>Port to listen on, on 127.0.0.1; 0 lets the OS choose.</summary>
    public int Port { get; init; }
}
