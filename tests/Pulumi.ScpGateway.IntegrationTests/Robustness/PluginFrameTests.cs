using System.Net.Sockets;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>One plugin process, loaded the engine's way, shared by the frame tests.</summary>
public sealed class PluginUnderTest : IAsyncLifetime
{
    public EngineSession Session { get; private set; } = null!;

    public async Task InitializeAsync() => Session = await EngineSession.StartAsync();

    public async Task DisposeAsync() => await Session.DisposeAsync();
}

/// <summary>
/// Malformed, oversized and non-gRPC traffic sent to the real plugin binary: each request gets an
/// error status (or the connection is closed, for bytes that are not HTTP/2), and a valid Check
/// right after still answers. The plugin accepts request messages up to
/// <see cref="PluginHost.MaxRequestBytes"/> (64 MiB): far above any real property map,
/// below what a bogus length prefix could make it buffer.
/// </summary>
public sealed class PluginFrameTests(PluginUnderTest plugin) : IClassFixture<PluginUnderTest>
{
    private const string Check = ResourceProviderMethods.Check;
    private const int Limit = PluginHost.MaxRequestBytes;

    private ProviderClient Client => plugin.Session.Provider;

    public static TheoryData<string, byte[], StatusCode> BadBodies => new()
    {
        { "length prefix beyond the body", [0, 0, 0, 0, 100, 0x0A, 0x00], StatusCode.Internal },
        { "header cut short", [0, 0, 0], StatusCode.Internal },
        { "empty body", [], StatusCode.Internal },
        { "compressed flag set", [1, 0, 0, 0, 2, 0x0A, 0x00], StatusCode.Internal },
        // Grpc.AspNetCore reads the frame header before any of the plugin's code runs, and reports
        // these two as UNKNOWN with the reason ("Unexpected compressed flag value", "Message too large").
        { "unknown flag", [0x80, 0, 0, 0, 0], StatusCode.Unknown },
        { "string field announcing 100 bytes", [0, 0, 0, 0, 3, 0x0A, 0x64, 0x01], StatusCode.Internal },
        { "field number zero", [0, 0, 0, 0, 2, 0x00, 0x01], StatusCode.Internal },
        { "news as a number (protobuf keeps it as an unknown field; the type is then missing)", [0, 0, 0, 0, 2, 0x18, 0x05], StatusCode.InvalidArgument },
        { "two messages", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], StatusCode.Internal },
        { "length over the limit", [0, 0x04, 0, 0, 1], StatusCode.ResourceExhausted },
        { "four gigabytes announced", [0, 0xFF, 0xFF, 0xFF, 0xFF], StatusCode.Unknown },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_malformed_request_body_gets_an_error_status_and_the_plugin_keeps_serving(string what, byte[] body, StatusCode expected)
    {
        var result = await Client.SendRawAsync(Check, body);

        Assert.True(expected == result.Status, $"{what}: expected {expected}, got {result.Status} ({result.Message})");
        Assert.Null(AnswerRules.MessageProblem(result.Message));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Seeded_random_payloads_get_an_answer_and_never_stop_the_plugin()
    {
        var random = new Random(FuzzRun.BaseSeed);
        for (var i = 0; i < 200; i++)
        {
            var payload = new byte[random.Next(1, 300)];
            random.NextBytes(payload);
            var body = random.Next(4) == 0 ? payload : RawGrpcClient.Frame(payload);

            var result = await Client.SendRawAsync(Check, body);

            // Random bytes sometimes parse as a CheckRequest with odd fields; that request is then answered like any other.
            Assert.True(result.Status is StatusCode.Internal or StatusCode.InvalidArgument or StatusCode.OK or StatusCode.ResourceExhausted or StatusCode.Unknown,
                $"payload {i} (seed {FuzzRun.BaseSeed}): {result.Status} {result.Message}");
            Assert.True(AnswerRules.MessageProblem(result.Message) is null || result.Status == StatusCode.OK, $"payload {i}: {result.Message}");
        }
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_message_just_over_the_limit_is_refused_even_when_sent_whole()
    {
        var body = new byte[RawGrpcClient.FrameHeaderSize + Limit + 1];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), Limit + 1);

        var result = await Client.SendRawAsync(Check, body);

        Assert.Equal(StatusCode.ResourceExhausted, result.Status);
        Assert.Equal("Received message exceeds the maximum configured message size.", result.Message);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_check_of_tens_of_megabytes_under_the_limit_is_answered()
    {
        var description = new string('d', 40 * 1024 * 1024);

        var response = await plugin.Session.CallAsync<CheckRequest, CheckResponse>(Check, CheckOf(("description", Value.ForString(description)), ("name", Value.ForString("big-api"))));

        Assert.Empty(response.Failures);
        Assert.Equal(description.Length, response.Inputs.Fields["description"].StringValue.Length);
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("application/json", 415)]
    [InlineData("text/plain", 415)]
    [InlineData("application/grpc+json", 200)]
    public async Task A_content_type_that_is_not_protobuf_grpc_is_refused(string contentType, int httpStatus)
    {
        var result = await Client.SendRawAsync(Check, RawGrpcClient.Frame(new CheckRequest()), contentType: contentType);

        Assert.Equal(httpStatus, result.HttpStatus);
        Assert.NotEqual(StatusCode.OK, result.Status);
        await AssertStillServingAsync();
    }

    /// <summary>
    /// An empty Check lacks its type, so INVALID_ARGUMENT means the call was served as usual: an
    /// unreadable grpc-timeout is ignored (as Grpc.AspNetCore does), gzip is understood, and only a
    /// compressed message in an unknown encoding is refused.
    /// </summary>
    [Theory]
    [InlineData("grpc-encoding", "gzip", 0, StatusCode.InvalidArgument)]
    [InlineData("grpc-encoding", "snappy", 1, StatusCode.Unimplemented)]
    [InlineData("grpc-timeout", "soon", 0, StatusCode.InvalidArgument)]
    [InlineData("grpc-timeout", "99999999999H", 0, StatusCode.InvalidArgument)]
    public async Task A_grpc_header_gets_its_answer_and_the_plugin_keeps_serving(string header, string value, byte compressedFlag, StatusCode expected)
    {
        var body = RawGrpcClient.Frame(new CheckRequest());
        body[0] = compressedFlag;

        var result = await Client.SendRawAsync(Check, body, headers: [new(header, value)]);

        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status} ({result.Message})");
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("/pulumirpc.ResourceProvider/NoSuchMethod")]
    [InlineData("/")]
    [InlineData("/pulumirpc.ResourceProvider/Check/extra")]
    public async Task An_unknown_method_is_unimplemented(string method)
    {
        var result = await Client.SendRawAsync(method, RawGrpcClient.Frame(new Empty()));

        Assert.Equal(StatusCode.Unimplemented, result.Status);
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")]
    [InlineData("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\u0000\u0000\u0012\u0004\u0000")]
    [InlineData("\u0016\u0003\u0001\u0002\u0000\u0001")]
    public async Task Bytes_that_are_not_http2_close_that_connection_only(string bytes)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(System.Net.IPAddress.Loopback, plugin.Session.Plugin.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(bytes));
        tcp.Client.Shutdown(SocketShutdown.Send);

        // The plugin answers (a GOAWAY or an HTTP/1.1 error) and closes; reading to the end proves it closed.
        using var bound = new CancellationTokenSource(FuzzWorld.CallBound);
        var buffer = new byte[4096];
        while (await stream.ReadAsync(buffer, bound.Token) > 0)
        {
        }

        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_client_that_gives_up_mid_message_leaves_the_plugin_serving()
    {
        var frame = RawGrpcClient.Frame(CheckOf(("description", Value.ForString(new string('x', 1 << 20)))));
        var halfSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://{plugin.Session.Plugin.Address}{Check}"))
        {
            Version = System.Net.HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new HalfFrameContent(frame[..(frame.Length / 2)], halfSent),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");
        using var abandon = new CancellationTokenSource();

        var sending = http.SendAsync(request, abandon.Token);
        await halfSent.Task.WaitAsync(FuzzWorld.CallBound);
        await abandon.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await AssertStillServingAsync();
    }

    /// <summary>A request body that stops halfway through its frame and stays open until the client gives up.</summary>
    private sealed class HalfFrameContent(byte[] half, TaskCompletionSource halfSent) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(half, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            halfSent.TrySetResult();
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    private static CheckRequest CheckOf(params (string Key, Value Value)[] news)
    {
        var request = EngineRequests.For("Api", "frames").Check(new Struct(), new Struct());
        foreach (var (key, value) in news)
        {
            request.News.Fields[key] = value;
        }
        return request;
    }

    private async Task AssertStillServingAsync()
    {
        Assert.False(plugin.Session.Plugin.HasExited, $"the plugin exited; stderr: {plugin.Session.Plugin.Stderr.Text}");
        var response = await plugin.Session.CallAsync<CheckRequest, CheckResponse>(Check, CheckOf(("name", Value.ForString("still-here"))));
        Assert.Equal("still-here", response.Inputs.Fields["name"].StringValue);
        Assert.Equal("", plugin.Session.Plugin.Stderr.Text);
    }
}
