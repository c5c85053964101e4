using Google.Protobuf;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Check's messages (provider.proto's CheckRequest and CheckResponse) read into the framework's
/// request and written from its result, without Google.Protobuf's message objects in between: Check
/// runs for every resource of every preview, and its values through map fields cost more than
/// checking them. A test holds both to the generated types.
/// </summary>
internal static class CheckMessages
{
    private const int Bytes = ProtoWireReader.LengthDelimited;

    public static MessageCodec<ResourceCheckRequest, CheckResult> Codec { get; } =
        new(typeof(Protos.CheckRequest), typeof(Protos.CheckResponse), Read, Size, Write);

    // CheckRequest: 1 urn, 2 olds, 3 news, 5 randomSeed, 6 name, 7 type, 8 autonaming (1 proposed_name, 2 mode).
    public static ResourceCheckRequest Read(ReadOnlySpan<byte> body)
    {
        string urn = "", name = "", type = "";
        PropertyMap olds = PropertyMap.Empty, news = PropertyMap.Empty;
        byte[] randomSeed = [];
        Autonaming? autonaming = null;
        var reader = new ProtoWireReader(body);
        while (reader.Next())
        {
            switch (reader.Tag)
            {
                case 1 << 3 | Bytes: urn = reader.String(); break;
                case 2 << 3 | Bytes: olds = StructWire.ReadObject(reader.Bytes(), StructReadOptions.KeepAll, "", depth: 1); break;
                case 3 << 3 | Bytes: news = StructWire.ReadObject(reader.Bytes(), StructReadOptions.KeepAll, "", depth: 1); break;
                case 5 << 3 | Bytes: randomSeed = reader.Bytes().ToArray(); break;
                case 6 << 3 | Bytes: name = reader.String(); break;
                case 7 << 3 | Bytes: type = reader.String(); break;
                case 8 << 3 | Bytes: autonaming = ReadAutonaming(reader.Bytes()); break;
                default: reader.Skip(); break;
            }
        }
        return new ResourceCheckRequest(urn, olds, news) { Type = type, Name = name, RandomSeed = randomSeed, Autonaming = autonaming };
    }

    private static Autonaming ReadAutonaming(ReadOnlySpan<byte> body)
    {
        var proposed = "";
        var mode = 0UL;
        var reader = new ProtoWireReader(body);
        while (reader.Next())
        {
            switch (reader.Tag)
            {
                case 1 << 3 | Bytes: proposed = reader.String(); break;
                case 2 << 3 | ProtoWireReader.Varint: mode = reader.Number(); break;
                default: reader.Skip(); break;
            }
        }
        return new Autonaming(proposed, (AutonamingMode)(int)mode);
    }

    // CheckResponse: 1 inputs, 2 failures (CheckFailure: 1 property, 2 reason).
    public static int Size(CheckResult result)
    {
        var size = WireBytes.Field(StructWire.ObjectSize(result.Inputs));
        foreach (var failure in result.Failures)
        {
            size += WireBytes.Field(FailureSize(failure));
        }
        return size;
    }

    public static void Write(CodedOutputStream output, CheckResult result)
    {
        output.WriteTag(1, WireFormat.WireType.LengthDelimited);
        output.WriteLength(StructWire.ObjectSize(result.Inputs));
        StructWire.WriteObject(output, result.Inputs);
        foreach (var failure in result.Failures)
        {
            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteLength(FailureSize(failure));
            WriteNonEmpty(output, 1, failure.Property);
            WriteNonEmpty(output, 2, failure.Reason);
        }
    }

    private static int FailureSize(CheckFailure failure) => StringSize(failure.Property) + StringSize(failure.Reason);

    // proto3 leaves a string field out when it is empty.
    private static int StringSize(string text) => text.Length == 0 ? 0 : 1 + CodedOutputStream.ComputeStringSize(text);

    private static void WriteNonEmpty(CodedOutputStream output, int field, string text)
    {
        if (text.Length > 0)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteString(text);
        }
    }

}
