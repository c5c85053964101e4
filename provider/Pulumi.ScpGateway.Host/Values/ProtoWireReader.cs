using System.Buffers.Binary;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Reads protobuf's wire format from a span: the fields of one message, in order. What
/// <see cref="StructWire"/> and the Check messages read without building Google.Protobuf's
/// objects first. A nested message is a slice read by a reader of its own. Readers switch on
/// <see cref="Tag"/>, field and wire type together, as generated code does: a known field sent
/// with another wire type is then passed over like an unknown one, as protobuf does.
/// </summary>
internal ref struct ProtoWireReader(ReadOnlySpan<byte> message)
{
    public const int Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _message = message;
    private int _position;
    private int _wireType;

    /// <summary>The number of the field just read by <see cref="Next"/>.</summary>
    public int Field { get; private set; }

    /// <summary>The field's tag: its number shifted left by three, or'ed with its wire type.</summary>
    public readonly int Tag => Field << 3 | _wireType;

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next()
    {
        if (_position >= _message.Length)
        {
            return false;
        }
        var tag = ReadVarint();
        Field = (int)(tag >> 3);
        _wireType = (int)(tag & 7);
        if (Field <= 0 || tag > uint.MaxValue)
        {
            throw new MalformedMessageException($"the message holds an invalid field tag {tag}");
        }
        return true;
    }

    /// <summary>The current field as a length-delimited slice (a string's bytes, a nested message).</summary>
    public ReadOnlySpan<byte> Bytes()
    {
        Expect(LengthDelimited);
        var length = ReadVarint();
        if (length > (ulong)(_message.Length - _position))
        {
            throw new MalformedMessageException("the message is truncated: a field is longer than what is left of it");
        }
        var slice = _message.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    public string String() => System.Text.Encoding.UTF8.GetString(Bytes());

    public ulong Number()
    {
        Expect(Varint);
        return ReadVarint();
    }

    public bool Bool() => Number() != 0;

    public double Double()
    {
        Expect(Fixed64);
        if (_message.Length - _position < 8)
        {
            throw new MalformedMessageException("the message is truncated inside a number");
        }
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_message[_position..]);
        _position += 8;
        return value;
    }

    /// <summary>Passes over the current field, whatever it holds (a field this reader does not need).</summary>
    public void Skip()
    {
        switch (_wireType)
        {
            case Varint: ReadVarint(); break;
            case Fixed64: Advance(8); break;
            case LengthDelimited: Bytes(); break;
            case Fixed32: Advance(4); break;
            default: throw new MalformedMessageException($"field {Field} has the unsupported wire type {_wireType}");
        }
    }

    private void Advance(int count)
    {
        if (_message.Length - _position < count)
        {
            throw new MalformedMessageException("the message is truncated");
        }
        _position += count;
    }

    private readonly void Expect(int wireType)
    {
        if (_wireType != wireType)
        {
            throw new MalformedMessageException($"field {Field} has wire type {_wireType} where {wireType} was expected");
        }
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _message.Length)
            {
                throw new MalformedMessageException("the message is truncated inside a number");
            }
            var next = _message[_position++];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
        throw new MalformedMessageException("the message holds a malformed number");
    }
}
