using System.Buffers;
using Google.Protobuf;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Rpc;

public class MessageFramingTests
{
    private static readonly PluginInfo Sample = new() { Version = "1.2.3" };

    [Fact]
    public void Encode_prefixes_an_uncompressed_flag_and_big_endian_length()
    {
        var frame = MessageFraming.Encode(Sample);

        var payload = Sample.ToByteArray();
        Assert.Equal(5 + payload.Length, frame.Length);
        Assert.Equal(new byte[] { 0, 0, 0, 0, (byte)payload.Length }, frame[..5]);
        Assert.Equal(payload, frame[5..]);
    }

    [Fact]
    public void Length_uses_all_four_bytes_big_endian()
    {
        var frame = MessageFraming.Encode(new byte[0x01_02_03]);

        Assert.Equal(new byte[] { 0, 0, 0x01, 0x02, 0x03 }, frame[..5]);
    }

    [Fact]
    public void A_frame_split_into_single_bytes_is_read_only_once_complete()
    {
        var frame = MessageFraming.Encode(Sample);

        for (var available = 0; available < frame.Length; available++)
        {
            var partial = Segmented(frame[..available]);
            Assert.False(MessageFraming.TryReadFrame(ref partial, 1024, out _));
            Assert.Equal(available, partial.Length);
        }

        var whole = Segmented(frame);
        Assert.True(MessageFraming.TryReadFrame(ref whole, 1024, out var payload));
        Assert.Equal("1.2.3", PluginInfo.Parser.ParseFrom(payload).Version);
        Assert.True(whole.IsEmpty);
    }

    [Fact]
    public void Back_to_back_frames_are_read_one_at_a_time()
    {
        var first = MessageFraming.Encode(new PluginInfo { Version = "a" });
        var second = MessageFraming.Encode(new PluginInfo { Version = "b" });
        var buffer = Segmented([.. first, .. second]);

        Assert.True(MessageFraming.TryReadFrame(ref buffer, 1024, out var one));
        Assert.Equal("a", PluginInfo.Parser.ParseFrom(one).Version);
        Assert.True(MessageFraming.TryReadFrame(ref buffer, 1024, out var two));
        Assert.Equal("b", PluginInfo.Parser.ParseFrom(two).Version);
        Assert.False(MessageFraming.TryReadFrame(ref buffer, 1024, out _));
    }

    [Fact]
    public void An_empty_message_is_a_five_byte_frame()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0, 0, 0, 0, 0 });

        Assert.True(MessageFraming.TryReadFrame(ref buffer, 1024, out var payload));
        Assert.Equal(0, payload.Length);
    }

    [Fact]
    public void A_compressed_frame_is_refused_because_no_compression_was_negotiated()
    {
        var frame = MessageFraming.Encode(Sample);
        frame[0] = 1;
        var buffer = new ReadOnlySequence<byte>(frame);

        var error = Assert.Throws<RpcException>(() => MessageFraming.TryReadFrame(ref buffer, 1024, out _));
        Assert.Equal(StatusCode.Internal, error.Status);
        Assert.Contains("compress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_flag_byte_is_a_malformed_frame()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 7, 0, 0, 0, 0 });

        var error = Assert.Throws<RpcException>(() => MessageFraming.TryReadFrame(ref buffer, 1024, out _));
        Assert.Equal(StatusCode.Internal, error.Status);
    }

    [Fact]
    public void A_length_over_the_limit_is_refused_before_the_payload_arrives()
    {
        // Only the 5-byte header: the limit must apply without buffering the announced bytes.
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0, 0xFF, 0xFF, 0xFF, 0xFF });

        var error = Assert.Throws<RpcException>(() => MessageFraming.TryReadFrame(ref buffer, 1024, out _));
        Assert.Equal(StatusCode.ResourceExhausted, error.Status);
    }

    [Fact]
    public void A_length_equal_to_the_limit_is_accepted()
    {
        var buffer = new ReadOnlySequence<byte>(MessageFraming.Encode(new byte[16]));

        Assert.True(MessageFraming.TryReadFrame(ref buffer, 16, out var payload));
        Assert.Equal(16, payload.Length);
    }

    /// <summary>A sequence of one-byte segments, the worst case of network reads.</summary>
    private static ReadOnlySequence<byte> Segmented(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(bytes.AsMemory(0, 1), 0);
        var last = first;
        for (var i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
