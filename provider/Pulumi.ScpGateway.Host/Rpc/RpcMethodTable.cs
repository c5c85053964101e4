using System.Buffers;
using Google.Protobuf;

namespace Pulumi.ScpGateway.Host;

/// <summary>One unary method: how to parse its request and how to answer it.</summary>
public sealed record RpcMethod(
    string FullName,
    Func<ReadOnlySequence<byte>, IMessage> ParseRequest,
    Func<IMessage, RpcContext, Task<IMessage>> Handle);

/// <summary>Full method name (<c>/package.Service/Method</c>) → unary method.</summary>
public sealed class RpcMethodTable
{
    private readonly Dictionary<string, RpcMethod> methods = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => methods.Keys;

    public RpcMethodTable Add<TRequest, TResponse>(
        string fullName,
        MessageParser<TRequest> parser,
        Func<TRequest, RpcContext, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        if (!fullName.StartsWith('/') || fullName.IndexOf('/', 1) < 0)
        {
            throw new ArgumentException($"'{fullName}' is not a full method name like /package.Service/Method.", nameof(fullName));
        }

        methods.Add(fullName, new RpcMethod(
            fullName,
            bytes => parser.ParseFrom(bytes),
            async (request, context) => await handler((TRequest)request, context).ConfigureAwait(false)));
        return this;
    }

    public bool TryGet(string fullName, out RpcMethod method) =>
        methods.TryGetValue(fullName, out method!);
}
