using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.IntegrationTests.Resources;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// The engine's resource requests for one resource, from raw protobuf maps (which may be
/// anything the wire can carry). Create and Update allow 30 s, as a program's customTimeouts might.
/// </summary>
public sealed record EngineRequests(string Token, string Name)
{
    /// <summary>The requests for resource <paramref name="name"/> of type <paramref name="type"/> (e.g. "ApiKey").</summary>
    public static EngineRequests For(string type, string name) => new(ProviderAgainstEmulator.Token(type), name);

    public string Urn => $"urn:pulumi:test::scpgw::{Token}::{Name}";

    public static ByteString RandomSeed(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return ByteString.CopyFrom(bytes);
    }

    public CheckRequest Check(Struct olds, Struct news, ByteString? randomSeed = null) =>
        new() { Urn = Urn, Type = Token, Name = Name, Olds = olds, News = news, RandomSeed = randomSeed ?? ByteString.CopyFromUtf8(Name.PadRight(32, '.')) };

    public DiffRequest Diff(string id, Struct olds, Struct oldInputs, Struct news) =>
        new() { Id = id, Urn = Urn, Type = Token, Name = Name, Olds = olds, OldInputs = oldInputs, News = news };

    public CreateRequest Create(Struct properties, bool preview = false) =>
        new() { Urn = Urn, Type = Token, Name = Name, Properties = properties, Preview = preview, Timeout = 30 };

    public ReadRequest Read(string id, Struct properties, Struct inputs) =>
        new() { Id = id, Urn = Urn, Type = Token, Name = Name, Properties = properties, Inputs = inputs };

    public UpdateRequest Update(string id, Struct olds, Struct oldInputs, Struct news, bool preview = false) =>
        new() { Id = id, Urn = Urn, Type = Token, Name = Name, Olds = olds, OldInputs = oldInputs, News = news, Preview = preview, Timeout = 30 };

    public DeleteRequest Delete(string id, Struct properties, Struct oldInputs) =>
        new() { Id = id, Urn = Urn, Type = Token, Name = Name, Properties = properties, OldInputs = oldInputs };
}
