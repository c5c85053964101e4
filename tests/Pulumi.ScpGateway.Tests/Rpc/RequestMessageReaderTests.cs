using System.IO.Pipelines;
using Google.Protobuf;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Rpc;

public class RequestMessageReaderTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_request_arriving_in_small_pieces_is_parsed_once_whole()
    {
        var frame = MessageFraming.Encode(new PluginAttach { Address = "127.0.0.1:4242" });
        var pipe = new Pipe();

        var reading = ReadAsync(pipe.Reader);
        foreach (var chunk in frame.Chunk(3))
        {
            await pipe.Writer.WriteAsync(chunk);
        }

        await pipe.Writer.CompleteAsync();
        var message = Assert.IsType<PluginAttach>(await reading.WaitAsync(Bound));
        Assert.Equal("127.0.0.1:4242", message.Address);
    }

    [Fact]
    public async Task A_body_that_ends_inside_a_frame_is_an_internal_error()
    {
        var frame = MessageFraming.Encode(new PluginAttach { Address = "127.0.0.1:4242" });

        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Completed(frame[..^2])));

        Assert.Equal(StatusCode.Internal, error.Status);
    }

    [Fact]
    public async Task An_empty_body_is_an_internal_error()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Completed([])));

        Assert.Equal(StatusCode.Internal, error.Status);
    }

    [Fact]
    public async Task Two_messages_for_a_unary_method_are_refused()
    {
        var frame = MessageFraming.Encode(new PluginAttach { Address = "a" });

        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Completed([.. frame, .. frame])));

        Assert.Equal(StatusCode.Internal, error.Status);
    }

    [Fact]
    public async Task A_payload_that_is_not_protobuf_is_an_internal_error()
    {
        // Field 1 (string) claiming 100 bytes that are not there.
        var frame = MessageFraming.Encode(new byte[] { 0x0A, 100, 1, 2 });

        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(Completed(frame)));

        Assert.Equal(StatusCode.Internal, error.Status);
        Assert.Contains("parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_nested_beyond_the_protobuf_limit_are_an_invalid_argument_said_plainly()
    {
        var value = Google.Protobuf.WellKnownTypes.Value.ForString("bottom");
        for (var i = 0; i < 60; i++)
        {
            value = Google.Protobuf.WellKnownTypes.Value.ForList(value);
        }
        var request = new CheckRequest { News = new Google.Protobuf.WellKnownTypes.Struct { Fields = { ["deep"] = value } } };

        var error = await Assert.ThrowsAsync<RpcException>(() => RequestMessageReader.ReadAsync(
            Completed(MessageFraming.Encode(request)), bytes => CheckRequest.Parser.ParseFrom(bytes), 1 << 20, CancellationToken.None));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.Equal("the request's values are nested too deeply: at most about 30 levels of objects and lists are accepted", error.Message);
    }

    private static Task<IMessage> ReadAsync(PipeReader reader) =>
        RequestMessageReader.ReadAsync(reader, bytes => PluginAttach.Parser.ParseFrom(bytes), 1024, CancellationToken.None);

    private static PipeReader Completed(byte[] body) => PipeReader.Create(new MemoryStream(body));
}
