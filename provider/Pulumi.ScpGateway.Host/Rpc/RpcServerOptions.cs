namespace Pulumi.ScpGateway.Host;

public sealed class RpcServerOptions
{
    /// <summary>Largest request message accepted; bigger ones answer RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageBytes { get; init; } = MessageFraming.DefaultMaxMessageBytes;

    /// <summary>The server-wide cancellation every call's token is linked to.</summary>
    public ServerCancellation? Cancellation { get; init; }

    /// <summary>
    /// After the engine's Cancel, how long a call's handler may take to answer for itself (for
    /// example reporting what it already created) before the call answers CANCELLED.
    /// </summary>
    public TimeSpan CancelGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Port to listen on, on 127.0.0.1; 0 lets the OS choose.</summary>
    public int Port { get; init; }
}
