namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The server-wide "stop everything" signal. Every call's token is linked to it, so cancelling
/// it (engine Cancel RPC, SIGINT) makes every in-flight handler's token fire.
/// </summary>
public sealed class ServerCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();

    public CancellationToken Token => source.Token;

    public bool IsCancellationRequested => source.IsCancellationRequested;

    public void CancelAll()
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Shutdown already released it; nothing left to cancel.
        }
    }

    public void Dispose() => source.Dispose();
}
