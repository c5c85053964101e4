using System.Net;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>Bad bytes on the wire get a gRPC error, and the server keeps serving.</summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private const string Echo = "/test.Echo/Echo";
    private const int Limit = 1024;
    private LoopbackServer server = null!;

    public async Task InitializeAsync()
    {
        var methods = new RpcMethodTable().Add(Echo, PluginAttach.Parser, (PluginAttach request, RpcContext _) =>
            Task.FromResult(new PluginInfo { Version = request.Address }));
        server = await LoopbackServer.StartAsync(methods, new RpcServerOptions { MaxReceiveMessageBytes = Limit });
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public static TheoryData<string, byte[], StatusCode> BadBodies => new()
    {
        { "truncated frame", [0, 0, 0, 0, 10, 1, 2, 3], StatusCode.Internal },
        { "header cut short", [0, 0, 0], StatusCode.Internal },
        { "empty body", [], StatusCode.Internal },
        { "compressed frame", [1, 0, 0, 0, 2, 0x0A, 0x00], StatusCode.Internal },
        { "bad flag", [9, 0, 0, 0, 0], StatusCode.Internal },
        { "not protobuf", [0, 0, 0, 0, 3, 0x0A, 0x64, 0x01], StatusCode.Internal },
        { "two messages", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], StatusCode.Internal },
        { "larger than the limit", [0, 0, 0, 0x10, 0x00], StatusCode.ResourceExhausted },
        { "four gigabytes announced", [0, 0xFF, 0xFF, 0xFF, 0xFF], StatusCode.ResourceExhausted },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_gets_an_error_status_and_the_next_call_still_works(string what, byte[] body, StatusCode expected)
    {
        var result = await server.Client.SendRawAsync(Echo, body);

        Assert.True(expected == result.Status, $"{what}: expected {expected}, got {result.Status} ({result.Message})");
        Assert.True(result.TrailersOnly, what);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_message_over_the_limit_is_refused_even_when_fully_sent()
    {
        var result = await server.Client.SendRawAsync(Echo, MessageFraming.Encode(new PluginAttach { Address = new string('x', Limit * 4) }));

        Assert.Equal(StatusCode.ResourceExhausted, result.Status);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_compressed_encoding_we_do_not_offer_is_unimplemented()
    {
        var result = await server.Client.SendRawAsync(
            Echo, MessageFraming.Encode(new Empty()), headers: [new("grpc-encoding", "gzip")]);

        Assert.Equal(StatusCode.Unimplemented, result.Status);
        Assert.Equal("identity", result.Headers["grpc-accept-encoding"]);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_malformed_timeout_is_an_error()
    {
        var result = await server.Client.SendRawAsync(
            Echo, MessageFraming.Encode(new Empty()), headers: [new("grpc-timeout", "soon")]);

        Assert.Equal(StatusCode.Internal, result.Status);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_non_grpc_content_type_is_refused_with_http_415()
    {
        var result = await server.Client.SendRawAsync(Echo, MessageFraming.Encode(new Empty()), contentType: "application/json");

        Assert.Equal(415, result.HttpStatus);
        Assert.NotEqual(StatusCode.OK, result.Status);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_get_request_is_refused_with_http_405()
    {
        using var http = new HttpClient(new SocketsHttpHandler())
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await http.GetAsync(new Uri($"http://{server.Server.Address}{Echo}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await AssertStillServingAsync();
    }

    private async Task AssertStillServingAsync()
    {
        var reply = await server.Client.CallAsync<PluginAttach, PluginInfo>(Echo, new PluginAttach { Address = "alive" });
        Assert.Equal("alive", reply.Version);
    }
}
