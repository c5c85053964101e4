using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Host.Protos;
using CheckFailure = Pulumi.ScpGateway.Framework.CheckFailure;

namespace Pulumi.ScpGateway.Tests.Plugin;

/// <summary>The plugin reads Check's request and writes its response without the generated types: it must speak their wire format.</summary>
public class CheckMessagesTests
{
    private const string SigKey = "4dabf18193072939515e22adb298388d";
    private const string SecretSig = "1b47061264138c4ac30d75fd1eb44270";
    private const string UnknownAny = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    [Fact]
    public void A_request_the_generated_type_writes_is_read_field_for_field()
    {
        var request = new CheckRequest
        {
            Urn = "urn:pulumi:dev::shop::scpgateway:index:Api::api",
            Type = "scpgateway:index:Api",
            Name = "api",
            RandomSeed = ByteString.CopyFrom(1, 2, 3),
            Olds = new Struct { Fields = { ["name"] = Value.ForString("old-name") } },
            News = new Struct
            {
                Fields =
                {
                    ["name"] = Value.ForString("shop-api"),
                    ["port"] = Value.ForNumber(8443.5),
                    ["enabled"] = Value.ForBool(false),
                    ["nothing"] = Value.ForNull(),
                    ["tags"] = Value.ForStruct(new Struct { Fields = { ["team"] = Value.ForString("") } }),
                    ["paths"] = Value.ForList(Value.ForString("/a"), Value.ForString(UnknownAny)),
                    ["password"] = Value.ForStruct(new Struct { Fields = { [SigKey] = Value.ForString(SecretSig), ["value"] = Value.ForString("hunter2") } }),
                },
            },
            Autonaming = new CheckRequest.Types.AutonamingOptions { ProposedName = "api-1234", Mode = CheckRequest.Types.AutonamingOptions.Types.Mode.Enforce },
        };
        // A field a newer engine may send, which this plugin does not know: passed over.
        var bytes = request.ToByteArray().Concat(new byte[] { 0x52, 0x02, 0x68, 0x69 }).ToArray();

        var read = CheckMessages.Read(bytes);

        Assert.Equal(request.Urn, read.Urn);
        Assert.Equal(request.Type, read.Type);
        Assert.Equal(request.Name, read.Name);
        Assert.Equal([1, 2, 3], read.RandomSeed.ToArray());
        Assert.Equal(new Autonaming("api-1234", AutonamingMode.Enforce), read.Autonaming);
        Assert.Equal(new PropertyMap([new("name", "old-name")]), read.Olds);
        var expected = new PropertyMap([
            new("name", "shop-api"),
            new("port", 8443.5),
            new("enabled", false),
            new("nothing", PropertyValue.Null),
            new("tags", PropertyValue.FromObject(new PropertyMap([new("team", "")]))),
            new("paths", PropertyValue.FromArray("/a", PropertyValue.Unknown)),
            new("password", PropertyValue.MakeSecret("hunter2")),
        ]);
        Assert.Equal(expected, read.News);
        Assert.Equal(expected.Keys, read.News.Keys);
    }

    [Fact]
    public void A_request_without_values_or_autonaming_reads_as_empty_maps_and_no_autonaming()
    {
        var read = CheckMessages.Read(new CheckRequest { Urn = "urn:pulumi:dev::shop::scpgateway:index:Api::api" }.ToByteArray());

        Assert.Empty(read.Olds);
        Assert.Empty(read.News);
        Assert.Null(read.Autonaming);
        Assert.Equal("", read.Type);
    }

    [Fact]
    public void A_repeated_key_or_a_second_kind_of_value_replaces_the_first_as_protobuf_reads_it()
    {
        var first = new Struct { Fields = { ["name"] = Value.ForString("first") } }.ToByteArray();
        var second = new Struct { Fields = { ["name"] = Value.ForString("second"), ["other"] = Value.ForBool(true) } }.ToByteArray();
        var news = first.Concat(second).ToArray();
        var request = new CheckRequest { News = Struct.Parser.ParseFrom(news) }.ToByteArray();
        var generated = CheckRequest.Parser.ParseFrom(request).News;
        // Built by hand: the bytes of news as sent, where "name" comes twice.
        var handMade = new byte[] { 0x1A }.Concat(Varint(news.Length)).Concat(news).ToArray();

        var read = CheckMessages.Read(handMade).News;

        Assert.Equal("second", generated.Fields["name"].StringValue);
        Assert.Equal(new PropertyMap([new("name", "second"), new("other", true)]), read);
        Assert.Equal(["name", "other"], read.Keys);
    }

    [Fact]
    public void A_known_field_sent_with_another_wire_type_is_passed_over_as_protobuf_does()
    {
        // news.description is a Value whose string (field 3) comes as a number (wire type 0), then
        // the request's name (field 6) as a number too: both are unknown fields to protobuf.
        byte[] value = [0x18, 0x05];
        byte[] entry = [0x0A, 0x0B, .. "description"u8, 0x12, (byte)value.Length, .. value];
        byte[] news = [0x0A, (byte)entry.Length, .. entry];
        byte[] request = [0x1A, (byte)news.Length, .. news, 0x30, 0x07];
        var generated = CheckRequest.Parser.ParseFrom(request);

        var read = CheckMessages.Read(request);

        Assert.Equal(Value.KindOneofCase.None, generated.News.Fields["description"].KindCase);
        Assert.Equal("", generated.Name);
        Assert.Equal(new PropertyMap([new("description", PropertyValue.Null)]), read.News);
        Assert.Equal("", read.Name);
    }

    [Fact]
    public void A_response_is_the_bytes_the_generated_type_would_read()
    {
        var result = new CheckResult(
            new PropertyMap([
                new("name", "shop-api"),
                new("port", 0.0),
                new("tags", PropertyValue.FromObject(new PropertyMap([new("team", "commerce")]))),
                new("paths", PropertyValue.FromArray(PropertyValue.FromArray(), "/b", PropertyValue.Null)),
                new("password", PropertyValue.MakeSecret("hunter2")),
                new("id", PropertyValue.Unknown),
            ]),
            [new CheckFailure("endpointType", "must be one of REGION, PRIVATE"), new CheckFailure("", "no property")]);

        var response = CheckResponse.Parser.ParseFrom(CheckMessages.Codec.ToBytes(result));

        var expected = new CheckResponse
        {
            Inputs = new Struct
            {
                Fields =
                {
                    ["name"] = Value.ForString("shop-api"),
                    ["port"] = Value.ForNumber(0),
                    ["tags"] = Value.ForStruct(new Struct { Fields = { ["team"] = Value.ForString("commerce") } }),
                    ["paths"] = Value.ForList(Value.ForList(), Value.ForString("/b"), Value.ForNull()),
                    ["password"] = Value.ForStruct(new Struct { Fields = { [SigKey] = Value.ForString(SecretSig), ["value"] = Value.ForString("hunter2") } }),
                    ["id"] = Value.ForString(UnknownAny),
                },
            },
            Failures =
            {
                new Host.Protos.CheckFailure { Property = "endpointType", Reason = "must be one of REGION, PRIVATE" },
                new Host.Protos.CheckFailure { Reason = "no property" },
            },
        };
        Assert.Equal(expected, response);
        Assert.Equal(expected.ToByteArray(), CheckMessages.Codec.ToBytes(result));
    }

    [Fact]
    public void Cut_short_bytes_are_malformed_and_values_past_protobufs_nesting_limit_too_deep()
    {
        var bytes = new CheckRequest { Urn = "urn:pulumi:dev::shop::scpgateway:index:Api::api", News = new Struct { Fields = { ["a"] = Value.ForString("b") } } }.ToByteArray();
        var deep = Value.ForString("bottom");
        for (var i = 0; i < 60; i++)
        {
            deep = Value.ForList(deep);
        }
        // Written without a parser's limit: Value's own writer nests as deep as it is given.
        var tooDeep = new CheckRequest { News = new Struct { Fields = { ["a"] = deep } } }.ToByteArray();

        Assert.False(Assert.Throws<MalformedMessageException>(() => CheckMessages.Read(bytes[..^1])).TooDeep);
        Assert.True(Assert.Throws<MalformedMessageException>(() => CheckMessages.Read(tooDeep)).TooDeep);
    }

    private static byte[] Varint(int value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.Add((byte)value);
        return [.. bytes];
    }
}
