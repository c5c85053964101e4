using Google.Protobuf;
using Grpc.Core;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// A gRPC method over protobuf messages, marshalled as the generated code does, except that a
/// request that cannot be parsed answers INTERNAL (as grpc-go does), and one nested past protobuf's
/// recursion limit INVALID_ARGUMENT saying so, instead of Grpc.AspNetCore's UNKNOWN "Exception was
/// thrown by handler" (it reads requests before any handler or interceptor runs).
/// </summary>
internal static class MessageMethod
{
    public static Method<TRequest, TResponse> Of<TRequest, TResponse>(MethodType type, string service, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        new(type, service, name, MarshallerOf<TRequest>(), MarshallerOf<TResponse>());

    private static Marshaller<T> MarshallerOf<T>() where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create<T>(Write, body => Read(parser, body));
    }

    private static void Write<T>(T message, SerializationContext body) where T : IMessage<T>
    {
        body.SetPayloadLength(message.CalculateSize());
        message.WriteTo(body.GetBufferWriter());
        body.Complete();
    }

    private static T Read<T>(MessageParser<T> parser, DeserializationContext body) where T : IMessage<T>
    {
        try
        {
            return parser.ParseFrom(body.PayloadAsReadOnlySequence());
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
