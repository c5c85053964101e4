using Pulumi.ScpGateway.Host;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Values;

public class StructConverterTests
{
    private const string SigKey = "4dabf18193072939515e22adb298388d";
    private const string SecretSig = "1b47061264138c4ac30d75fd1eb44270";
    private const string ReferenceSig = "5cf8f73096256a8f31e491e813e4eb8e";
    private const string OutputSig = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    [Theory]
    [InlineData("04da6b54-80e4-46f7-96ec-b56ff0331ba9", UnknownKind.Any)]
    [InlineData("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", UnknownKind.Bool)]
    [InlineData("3eeb2bf0-c639-47a8-9e75-3b44932eb421", UnknownKind.Number)]
    [InlineData("6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", UnknownKind.Array)]
    [InlineData("dd056dcd-154b-4c76-9bd3-c8f88648b5ff", UnknownKind.Object)]
    public void Every_unknown_sentinel_is_read_as_unknown_and_written_back_unchanged(string sentinel, UnknownKind kind)
    {
        var wire = Struct(("name", Value.ForString(sentinel)));

        var map = StructConverter.ToPropertyMap(wire);

        Assert.True(map["name"].IsComputed);
        Assert.Equal(kind, map["name"].AsUnknownKind);
        Assert.True(map.ContainsUnknowns());
        Assert.Equal(wire, StructConverter.ToStruct(map));
    }

    [Fact]
    public void Nested_secret_inside_a_list_inside_a_map_round_trips()
    {
        var wire = Struct(("stage", Value.ForStruct(Struct(
            ("keys", Value.ForList(Value.ForString("public"), Secret(Value.ForString("hunter2"))))))));

        var map = StructConverter.ToPropertyMap(wire);

        var keys = map["stage"].AsObject["keys"].AsArray;
        Assert.Equal(PropertyValue.FromString("public"), keys[0]);
        Assert.Equal(PropertyValue.MakeSecret("hunter2"), keys[1]);
        Assert.True(map.ContainsSecrets());
        Assert.Equal(wire, StructConverter.ToStruct(map));
    }

    [Fact]
    public void Secrets_are_unwrapped_when_not_kept()
    {
        var wire = Struct(("list", Value.ForList(Secret(Value.ForString("hunter2")))));

        var map = StructConverter.ToPropertyMap(wire, new StructReadOptions { KeepSecrets = false });

        Assert.Equal(PropertyValue.FromArray("hunter2"), map["list"]);
        Assert.False(map.ContainsSecrets());
    }

    [Fact]
    public void Unknowns_are_left_out_when_not_kept()
    {
        var wire = Struct(
            ("known", Value.ForString("a")),
            ("unknown", Value.ForString(UnknownSentinels.Any)),
            ("list", Value.ForList(Value.ForString("x"), Value.ForString(UnknownSentinels.Number))));

        var map = StructConverter.ToPropertyMap(wire, StructReadOptions.NoUnknowns);

        Assert.Equal(["known", "list"], map.Keys);
        Assert.Equal(PropertyValue.FromArray("x"), map["list"]);
        Assert.False(map.ContainsUnknowns());
    }

    [Fact]
    public void Null_and_missing_stay_distinct_through_a_round_trip()
    {
        var wire = Struct(("description", Value.ForNull()));

        var map = StructConverter.ToPropertyMap(wire);

        Assert.True(map.ContainsKey("description"));
        Assert.True(map["description"].IsNull);
        Assert.False(map.ContainsKey("name"));
        Assert.False(map.TryGetString("description", out _));
        Assert.Equal(wire, StructConverter.ToStruct(map));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(1.5)]
    [InlineData(9007199254740993.0)]
    [InlineData(1e300)]
    [InlineData(-123456789.125)]
    public void Numbers_round_trip_exactly(double number)
    {
        var map = StructConverter.ToPropertyMap(Struct(("n", Value.ForNumber(number))));

        var back = StructConverter.ToStruct(map).Fields["n"].NumberValue;

        Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(back));
    }

    [Theory]
    [InlineData("c44067f5952c0a294b673a41bacd8c17")]
    [InlineData("0def7320c3a5731c473e5ecbe6d01bc7")]
    public void Assets_and_archives_are_rejected_naming_the_property(string signature)
    {
        var asset = Value.ForStruct(Struct((SigKey, Value.ForString(signature)), ("path", Value.ForString("./spec.yaml"))));
        var wire = Struct(("files", Value.ForList(Value.ForString("a"), Value.ForStruct(Struct(("content", asset))))));

        var error = Assert.Throws<PropertyValueException>(() => StructConverter.ToPropertyMap(wire));

        Assert.Equal("files[1].content", error.Path);
        Assert.Contains("assets and archives are not supported by scpgateway", error.Message);
        Assert.Contains("files[1].content", error.Message);
    }

    [Fact]
    public void An_unrecognised_signature_is_rejected()
    {
        var wire = Struct(("x", Value.ForStruct(Struct((SigKey, Value.ForString("not-a-signature"))))));

        var error = Assert.Throws<PropertyValueException>(() => StructConverter.ToPropertyMap(wire));

        Assert.Equal("x", error.Path);
    }

    [Fact]
    public void A_resource_reference_with_an_id_becomes_the_id()
    {
        var map = StructConverter.ToPropertyMap(Struct(("apiId", Reference("urn:pulumi:dev::p::scpgateway:index:Api::api", "api-123"))));

        Assert.Equal(PropertyValue.FromString("api-123"), map["apiId"]);
    }

    [Fact]
    public void A_resource_reference_whose_id_is_not_known_yet_becomes_unknown()
    {
        var map = StructConverter.ToPropertyMap(Struct(("apiId", Reference("urn:pulumi:dev::p::scpgateway:index:Api::api", ""))));

        Assert.True(map["apiId"].IsComputed);
    }

    [Fact]
    public void A_resource_reference_without_an_id_becomes_its_urn()
    {
        const string urn = "urn:pulumi:dev::p::my:component:Thing::thing";

        var map = StructConverter.ToPropertyMap(Struct(("parent", Reference(urn, null))));

        Assert.Equal(PropertyValue.FromString(urn), map["parent"]);
    }

    [Fact]
    public void A_resource_reference_round_trips_when_kept()
    {
        var wire = Struct(("apiId", Reference("urn:pulumi:dev::p::scpgateway:index:Api::api", "api-123", "0.1.0")));

        var map = StructConverter.ToPropertyMap(wire, new StructReadOptions { KeepReferencesAndOutputs = true });

        Assert.Equal(new ResourceReference("urn:pulumi:dev::p::scpgateway:index:Api::api", "api-123", "0.1.0"), map["apiId"].AsReference);
        Assert.Equal(wire, StructConverter.ToStruct(map));
    }

    [Fact]
    public void A_known_output_value_becomes_its_value()
    {
        var map = StructConverter.ToPropertyMap(Struct(("name", Output(Value.ForString("orders"), secret: false))));

        Assert.Equal(PropertyValue.FromString("orders"), map["name"]);
    }

    [Fact]
    public void A_secret_output_value_becomes_a_secret()
    {
        var map = StructConverter.ToPropertyMap(Struct(("token", Output(Value.ForString("hunter2"), secret: true))));

        Assert.Equal(PropertyValue.MakeSecret("hunter2"), map["token"]);
    }

    [Fact]
    public void An_output_value_without_a_value_becomes_unknown_or_is_left_out()
    {
        var wire = Struct(("name", Output(null, secret: false)));

        Assert.True(StructConverter.ToPropertyMap(wire)["name"].IsComputed);
        Assert.False(StructConverter.ToPropertyMap(wire, StructReadOptions.NoUnknowns).ContainsKey("name"));
    }

    [Fact]
    public void An_output_value_round_trips_with_its_dependencies_when_kept()
    {
        var wire = Struct(("name", Output(Value.ForString("orders"), secret: true, "urn:a", "urn:b")));

        var map = StructConverter.ToPropertyMap(wire, new StructReadOptions { KeepReferencesAndOutputs = true });

        var output = map["name"].AsOutput;
        Assert.Equal(PropertyValue.FromString("orders"), output.Value);
        Assert.True(output.IsSecret);
        Assert.Equal(new[] { "urn:a", "urn:b" }, output.Dependencies.ToArray());
        Assert.True(map.IsSecret("name"));
        Assert.Equal(wire, StructConverter.ToStruct(map));
    }

    private static Struct Struct(params (string Key, Value Value)[] fields)
    {
        var result = new Struct();
        foreach (var (key, value) in fields)
        {
            result.Fields.Add(key, value);
        }
        return result;
    }

    private static Value Secret(Value inner) =>
        Value.ForStruct(Struct((SigKey, Value.ForString(SecretSig)), ("value", inner)));

    private static Value Reference(string urn, string? id, string? packageVersion = null)
    {
        var fields = new List<(string, Value)> { (SigKey, Value.ForString(ReferenceSig)), ("urn", Value.ForString(urn)) };
        if (id is not null)
        {
            fields.Add(("id", Value.ForString(id)));
        }
        if (packageVersion is not null)
        {
            fields.Add(("packageVersion", Value.ForString(packageVersion)));
        }
        return Value.ForStruct(Struct([.. fields]));
    }

    private static Value Output(Value? value, bool secret, params string[] dependencies)
    {
        var fields = new List<(string, Value)> { (SigKey, Value.ForString(OutputSig)) };
        if (value is not null)
        {
            fields.Add(("value", value));
        }
        if (secret)
        {
            fields.Add(("secret", Value.ForBool(true)));
        }
        if (dependencies.Length > 0)
        {
            fields.Add(("dependencies", Value.ForList(dependencies.Select(Value.ForString).ToArray())));
        }
        return Value.ForStruct(Struct([.. fields]));
    }
}
