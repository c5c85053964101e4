namespace Pulumi.ScpGateway.Host;

/// <summary>What a handler knows about the call it serves.</summary>
/// <param name="Method">The full method name, e.g. <c>/pulumirpc.ResourceProvider/Check</c>.</param>
/// <param name="Deadline">When the caller stops waiting (from <c>grpc-timeout</c>), if it said.</param>
/// <param name="CancellationToken">
/// Fires when the deadline passes, the client aborts the call, or the server cancels every call
/// (the engine's Cancel RPC, shutdown).
/// </param>
public sealed record RpcContext(string Method, DateTimeOffset? Deadline, CancellationToken CancellationToken);
