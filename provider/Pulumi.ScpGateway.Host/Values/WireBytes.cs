using Google.Protobuf;

namespace Pulumi.ScpGateway.Host;

/// <summary>A message written by hand (<see cref="StructWire"/>, a <see cref="MessageCodec{TRequest, TResponse}"/>) into bytes of the size it computed.</summary>
internal static class WireBytes
{
    public static byte[] Write<T>(int size, T message, Action<CodedOutputStream, T> write)
    {
        var bytes = new byte[size];
        var output = new CodedOutputStream(bytes);
        write(output, message);
        // A size that disagrees with what was written is a bug here, not a bad request.
        output.CheckNoSpaceLeft();
        return bytes;
    }

    /// <summary>The bytes of a length-delimited field of <paramref name="size"/> bytes with a one-byte tag: tag, length, content.</summary>
    public static int Field(int size) => 1 + CodedOutputStream.ComputeLengthSize(size) + size;
}
