using System.Buffers;
using System.IO.Pipelines;
using Google.Protobuf;

namespace Pulumi.ScpGateway.Host;

/// <summary>Reads the single request message of a unary call from an HTTP/2 request body.</summary>
internal static class RequestMessageReader
{
    public static async Task<IMessage> ReadAsync(
        PipeReader body,
        Func<ReadOnlySequence<byte>, IMessage> parse,
        int maxMessageBytes,
        CancellationToken cancellationToken)
    {
        IMessage? message = null;
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            try
            {
                if (message is null && MessageFraming.TryReadFrame(ref buffer, maxMessageBytes, out var payload))
                {
                    message = Parse(parse, payload);
                }

                if (message is not null && !buffer.IsEmpty)
                {
                    throw new RpcException(StatusCode.Internal, "received more than one request message for a unary method");
                }

                if (result.IsCompleted)
                {
                    return message ?? throw EndedEarly(buffer);
                }
            }
            finally
            {
                body.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private static IMessage Parse(Func<ReadOnlySequence<byte>, IMessage> parse, ReadOnlySequence<byte> payload)
    {
        try
        {
            return parse(payload);
        }
        catch (InvalidProtocolBufferException ex) when (ex.Message.Contains("levels of nesting", StringComparison.Ordinal))
        {
            // Well-formed but deeper than protobuf's recursion limit (100 levels, two or three per
            // nested object or list): the values are refused, and the text says why in the caller's terms.
            throw new RpcException(StatusCode.InvalidArgument, "the request's values are nested too deeply: at most about 30 levels of objects and lists are accepted");
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(StatusCode.Internal, $"could not parse the request message: {ex.Message}");
        }
    }

    private static RpcException EndedEarly(ReadOnlySequence<byte> rest) =>
        rest.IsEmpty
            ? new RpcException(StatusCode.Internal, "the request ended without a message")
            : new RpcException(StatusCode.Internal, $"the request ended inside a message frame ({rest.Length} bytes of an incomplete frame)");
}
