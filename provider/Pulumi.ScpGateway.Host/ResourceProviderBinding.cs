using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Pulumi.ScpGateway.Host;

/// <summary>The type under which the ResourceProvider methods are mapped (<see cref="ResourceProviderBinding"/>).</summary>
public sealed class ResourceProviderEndpoint;

/// <summary>
/// Maps the generated <c>ResourceProvider.BindService</c> methods onto Grpc.AspNetCore, with one
/// change: a request body protobuf cannot parse answers INTERNAL (as grpc-go does) and values nested
/// past protobuf's recursion limit INVALID_ARGUMENT saying so, instead of UNKNOWN "Exception was thrown
/// by handler", since Grpc.AspNetCore reads requests before any handler or interceptor runs. Binding
/// through the generated BindService also keeps reflection out of the service binding (Native AOT).
/// </summary>
public sealed class ResourceProviderBinding(ResourceProviderService service) : IServiceMethodProvider<ResourceProviderEndpoint>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<ResourceProviderEndpoint> context) =>
        Protos.ResourceProvider.BindService(new Binder(context), service);

    private sealed class Binder(ServiceMethodProviderContext<ResourceProviderEndpoint> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(ReadingRequestsSafely(method), [], (_, request, call) => handler!(request, call));
    }

    private static Method<TRequest, TResponse> ReadingRequestsSafely<TRequest, TResponse>(Method<TRequest, TResponse> method)
    {
        var read = method.RequestMarshaller.ContextualDeserializer;
        var requests = Marshallers.Create(method.RequestMarshaller.ContextualSerializer, body => ReadRequest(read, body));
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, requests, method.ResponseMarshaller);
    }

    private static TRequest ReadRequest<TRequest>(Func<DeserializationContext, TRequest> read, DeserializationContext body)
    {
        try
        {
            return read(body);
        }
        catch (InvalidProtocolBufferException ex) when (ex.Message.Contains("levels of nesting", StringComparison.Ordinal))
        {
            // Well-formed but deeper than protobuf's recursion limit (100 levels, two or three per
            // nested object or list): the values are refused, and the text says why in the caller's terms.
            throw RpcErrors.Of(StatusCode.InvalidArgument, "the request's values are nested too deeply: at most about 30 levels of objects and lists are accepted");
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw RpcErrors.Of(StatusCode.Internal, $"could not parse the request message: {ex.Message}");
        }
    }
}
