using Google.Protobuf;

namespace Pulumi.ScpGateway.Host;

/// <summary>Reads a message from its bytes.</summary>
public delegate T MessageReader<out T>(ReadOnlySpan<byte> body);

/// <summary>
/// How a method's messages are read and written where the generated types are not used (see
/// <see cref="CheckMessages"/>): the request read from its bytes, the response sized and written.
/// <see cref="ProtoRequest"/> and <see cref="ProtoResponse"/> name the generated types whose wire
/// format it speaks, so the served methods can still be held to the protos.
/// </summary>
public sealed record MessageCodec<TRequest, TResponse>(
    Type ProtoRequest,
    Type ProtoResponse,
    MessageReader<TRequest> Read,
    Func<TResponse, int> Size,
    Action<CodedOutputStream, TResponse> Write)
{
    public byte[] ToBytes(TResponse response) => WireBytes.Write(Size(response), response, Write);
}
