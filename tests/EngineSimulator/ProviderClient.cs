using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// The simulated engine's gRPC client for a plugin, on Grpc.Net.Client: the generated
/// <see cref="ResourceProvider.ResourceProviderClient"/>, and calls by full method name for drivers
/// that pick the RPC at run time. A failed call throws Grpc.Core's <see cref="RpcException"/>; its
/// rich details are read with <see cref="RpcErrors.StatusDetails"/>. Bytes no gRPC client would send
/// (malformed frames, odd headers) go through <see cref="SendRawAsync"/>.
/// </summary>
public sealed class ProviderClient : IDisposable
{
    // The engine dials plugins with a 400 MB receive limit (PROTOCOL.md §1).
    private const int EngineMaxReceiveMessageBytes = 400 * 1024 * 1024;

    private readonly GrpcChannel channel;
    private readonly CallInvoker invoker;
    private readonly Lazy<RawGrpcClient> raw;

    public ProviderClient(string address)
    {
        Address = address;
        channel = EngineAddress.OpenChannel(address, EngineMaxReceiveMessageBytes);
        invoker = channel.CreateCallInvoker();
        Rpc = new ResourceProvider.ResourceProviderClient(invoker);
        raw = new Lazy<RawGrpcClient>(() => new RawGrpcClient(address));
    }

    public string Address { get; }

    /// <summary>The generated client.</summary>
    public ResourceProvider.ResourceProviderClient Rpc { get; }

    /// <summary>Calls a unary method by its full name, e.g. <see cref="ResourceProviderMethods.Check"/>.</summary>
    /// <param name="deadline">Sent as <c>grpc-timeout</c> (Grpc.Net.Client also enforces it on its side).</param>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(
        string method,
        TRequest request,
        TimeSpan? deadline = null,
        CancellationToken cancellationToken = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new()
    {
        var separator = method.LastIndexOf('/');
        var unary = new Method<TRequest, TResponse>(
            MethodType.Unary, method[1..separator], method[(separator + 1)..], Requests<TRequest>(), Responses<TResponse>.Instance);
        var options = new CallOptions(deadline: deadline is { } d ? DateTime.UtcNow + d : null, cancellationToken: cancellationToken);
        return await invoker.AsyncUnaryCall(unary, null, options, request).ResponseAsync.ConfigureAwait(false);
    }

    /// <summary>Sends arbitrary bytes as the request body (malformed frames included) and reports the answer as it came.</summary>
    public Task<RawGrpcResult> SendRawAsync(
        string method,
        byte[] body,
        TimeSpan? deadline = null,
        string contentType = "application/grpc",
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        CancellationToken cancellationToken = default) =>
        raw.Value.SendAsync(method, body, deadline, contentType, headers, cancellationToken);

    public void Dispose()
    {
        channel.Dispose();
        if (raw.IsValueCreated)
        {
            raw.Value.Dispose();
        }
    }

    // The simulator only writes requests and only reads responses.
    private static Marshaller<T> Requests<T>()
        where T : class, IMessage<T> =>
        Marshallers.Create<T>(message => message.ToByteArray(), _ => throw new NotSupportedException("requests are only written"));

    private static class Responses<T>
        where T : class, IMessage<T>, new()
    {
        private static readonly MessageParser<T> Parser = new(() => new T());

        public static readonly Marshaller<T> Instance = Marshallers.Create(message => message.ToByteArray(), Parser.ParseFrom);
    }
}
