using Google.Protobuf;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// The simulated engine's gRPC client for a plugin. A failed call throws <see cref="RpcException"/>
/// carrying the status code, the message and the decoded <c>google.rpc.Status</c> details.
/// The deadline is only sent (<c>grpc-timeout</c>), never enforced here, so tests see what the server does.
/// </summary>
public sealed class ProviderClient(string address) : IDisposable
{
    private readonly GrpcClient client = new(address);

    public string Address { get; } = address;

    public Task<TResponse> CallAsync<TRequest, TResponse>(
        string method,
        TRequest request,
        TimeSpan? deadline = null,
        CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new() =>
        client.CallAsync(method, request, new MessageParser<TResponse>(() => new TResponse()), deadline, cancellationToken);

    /// <summary>Sends arbitrary bytes as the request body (malformed frames included) and reports the answer.</summary>
    public Task<GrpcCallResult> SendRawAsync(
        string method,
        byte[] body,
        TimeSpan? deadline = null,
        string contentType = "application/grpc",
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        CancellationToken cancellationToken = default) =>
        client.SendAsync(method, body, deadline, cancellationToken, contentType, headers);

    public void Dispose() => client.Dispose();
}
