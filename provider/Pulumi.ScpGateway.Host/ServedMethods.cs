using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Pulumi.ScpGateway.Host;

/// <summary>One method the plugin serves, as listed by <see cref="ResourceProviderBinding.Bind"/>.</summary>
public sealed record ServedMethod(MethodType Type, string FullName, Type Request, Type Response);

/// <summary>
/// Where <see cref="ResourceProviderBinding"/> lists its methods: added to Grpc.AspNetCore when given
/// its discovery context, and always recorded, so a test can hold the list to the protos.
/// </summary>
public sealed class ServedMethods(ServiceMethodProviderContext<ResourceProviderEndpoint>? context = null)
{
    private readonly List<ServedMethod> listed = [];

    public IReadOnlyList<ServedMethod> Listed => listed;

    public void Unary<TRequest, TResponse>(string service, string name, Func<TRequest, ServerCallContext, Task<TResponse>> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var method = MessageMethod.Of<TRequest, TResponse>(MethodType.Unary, service, name);
        listed.Add(new ServedMethod(method.Type, method.FullName, typeof(TRequest), typeof(TResponse)));
        context?.AddUnaryMethod(method, [], (_, request, call) => handler(request, call));
    }

    /// <summary>A unary method whose messages <paramref name="codec"/> reads and writes, listed as the proto messages it speaks.</summary>
    public void Unary<TRequest, TResponse>(string service, string name, MessageCodec<TRequest, TResponse> codec, Func<TRequest, ServerCallContext, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        var method = MessageMethod.Of(MethodType.Unary, service, name, codec);
        listed.Add(new ServedMethod(method.Type, method.FullName, codec.ProtoRequest, codec.ProtoResponse));
        context?.AddUnaryMethod(method, [], (_, request, call) => handler(request, call));
    }

    public void ServerStreaming<TRequest, TResponse>(string service, string name, Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var method = MessageMethod.Of<TRequest, TResponse>(MethodType.ServerStreaming, service, name);
        listed.Add(new ServedMethod(method.Type, method.FullName, typeof(TRequest), typeof(TResponse)));
        context?.AddServerStreamingMethod(method, [], (_, request, stream, call) => handler(request, stream, call));
    }
}
