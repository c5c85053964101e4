using System.Buffers;
using Google.Protobuf;
using Grpc.Core;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// A gRPC method over protobuf messages, marshalled as the generated code does (or by a
/// <see cref="MessageCodec{TRequest, TResponse}"/>), except that a request that cannot be parsed
/// answers INTERNAL (as grpc-go does), and one nested past protobuf's recursion limit
/// INVALID_ARGUMENT saying so, instead of Grpc.AspNetCore's UNKNOWN "Exception was thrown by
/// handler" (it reads requests before any handler or interceptor runs).
/// </summary>
internal static class MessageMethod
{
    public static Method<TRequest, TResponse> Of<TRequest, TResponse>(MethodType type, string service, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        new(type, service, name, MarshallerOf<TRequest>(), MarshallerOf<TResponse>());

    public static Method<TRequest, TResponse> Of<TRequest, TResponse>(MethodType type, string service, string name, MessageCodec<TRequest, TResponse> codec)
        where TRequest : class
        where TResponse : class =>
        new(type, service, name,
            Marshallers.Create<TRequest>(static (_, _) => throw new NotSupportedException("the plugin only reads this request"), (DeserializationContext body) => Read(body, codec.Read)),
            Marshallers.Create<TResponse>((response, body) => Write(response, body, codec), static (DeserializationContext _) => throw new NotSupportedException("the plugin only writes this response")));

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

    private static void Write<TRequest, TResponse>(TResponse response, SerializationContext body, MessageCodec<TRequest, TResponse> codec)
    {
        body.Complete(codec.ToBytes(response));
    }

    private static T Read<T>(MessageParser<T> parser, DeserializationContext body) where T : IMessage<T>
    {
        try
        {
            return parser.ParseFrom(body.PayloadAsReadOnlySequence());
        }
        catch (Exception error) when (Refusal(error) is { } refusal)
        {
            throw refusal;
        }
    }

    private static T Read<T>(DeserializationContext body, MessageReader<T> read)
    {
        var payload = body.PayloadAsReadOnlySequence();
        try
        {
            return payload.IsSingleSegment ? read(payload.FirstSpan) : read(payload.ToArray());
        }
        catch (Exception error) when (Refusal(error) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>The status a request that could not be read answers, in the caller's terms; null for an error that is not about the request.</summary>
    private static RpcException? Refusal(Exception error) => error switch
    {
        // Well-formed but deeper than protobuf's recursion limit (100 levels, two or three per
        // nested object or list): the values are refused, and the text says why in the caller's terms.
        InvalidProtocolBufferException when error.Message.Contains("levels of nesting", StringComparison.Ordinal) => TooDeep(),
        MalformedMessageException { TooDeep: true } => TooDeep(),
        InvalidProtocolBufferException or MalformedMessageException => RpcErrors.Of(StatusCode.Internal, $"could not parse the request message: {error.Message}"),
        // A value no property takes (an asset), found while reading the values.
        PropertyValueException => RpcErrors.Of(StatusCode.InvalidArgument, error.Message),
        _ => null,
    };

    private static RpcException TooDeep() =>
        RpcErrors.Of(StatusCode.InvalidArgument, "the request's values are nested too deeply: at most about 30 levels of objects and lists are accepted");
}
