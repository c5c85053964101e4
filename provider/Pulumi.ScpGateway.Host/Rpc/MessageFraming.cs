using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The gRPC length-prefixed message: 1 byte compressed flag, 4 bytes big-endian length, payload.
/// </summary>
public static class MessageFraming
{
    public const int HeaderSize = 5;

    /// <summary>
    /// Our limit for one received message. Engine requests are property maps of a few kilobytes;
    /// 64 MiB leaves room for huge inputs while a bogus length cannot make us buffer gigabytes.
    /// </summary>
    public const int DefaultMaxMessageBytes = 64 * 1024 * 1024;

    public static byte[] Encode(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var size = message.CalculateSize();
        var frame = new byte[HeaderSize + size];
        WriteHeader(frame, size);
        message.WriteTo(frame.AsSpan(HeaderSize));
        return frame;
    }

    public static byte[] Encode(ReadOnlySpan<byte> payload)
    {
        var frame = new byte[HeaderSize + payload.Length];
        WriteHeader(frame, payload.Length);
        payload.CopyTo(frame.AsSpan(HeaderSize));
        return frame;
    }

    /// <summary>
    /// Takes one whole frame off the front of <paramref name="buffer"/>. Returns false (buffer
    /// untouched) when the frame is not complete yet, so callers can read more and retry.
    /// </summary>
    /// <exception cref="RpcException">A compressed or unknown flag, or a length over the limit.</exception>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, int maxMessageBytes, out ReadOnlySequence<byte> payload)
    {
        payload = default;
        if (buffer.Length < HeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        switch (header[0])
        {
            case 0:
                break;
            case 1:
                // We announce grpc-accept-encoding: identity, so a peer never has a reason to compress.
                throw new RpcException(StatusCode.Internal, "received a compressed message, but no message compression was negotiated");
            default:
                throw new RpcException(StatusCode.Internal, $"invalid message frame: compressed flag is {header[0]}, expected 0 or 1");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)maxMessageBytes)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"received message larger than max ({length} vs. {maxMessageBytes})");
        }

        if (buffer.Length < HeaderSize + length)
        {
            return false;
        }

        payload = buffer.Slice(HeaderSize, length);
        buffer = buffer.Slice(HeaderSize + length);
        return true;
    }

    private static void WriteHeader(Span<byte> frame, int length)
    {
        frame[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(frame[1..], (uint)length);
    }
}
