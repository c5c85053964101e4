using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>The gRPC layer over real HTTP/2 on loopback, with handlers written for each test.</summary>
public class InProcessServerTests
{
    private const string Echo = "/test.Echo/Echo";
    private static readonly TimeSpan Bound = LoopbackServer.Bound;

    [Fact]
    public async Task A_reply_is_one_framed_message_followed_by_an_ok_trailer()
    {
        await using var server = await LoopbackServer.StartAsync(EchoTable());

        var result = await server.Client.SendRawAsync(Echo, MessageFraming.Encode(new PluginAttach { Address = "hello" }));

        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("application/grpc", result.Headers["content-type"]);
        Assert.False(result.TrailersOnly);
        Assert.Equal("0", result.Trailers["grpc-status"]);
        var reply = PluginInfo.Parser.ParseFrom(Assert.Single(result.Messages));
        Assert.Equal("hello", reply.Version);
    }

    [Fact]
    public async Task Typed_calls_round_trip()
    {
        await using var server = await LoopbackServer.StartAsync(EchoTable());

        var reply = await server.Client.CallAsync<PluginAttach, PluginInfo>(Echo, new PluginAttach { Address = "héllo wörld" });

        Assert.Equal("héllo wörld", reply.Version);
    }

    [Fact]
    public async Task A_message_spanning_many_http2_frames_round_trips_intact()
    {
        await using var server = await LoopbackServer.StartAsync(EchoTable());
        var large = string.Create(5 * 1024 * 1024, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        });

        var reply = await server.Client.CallAsync<PluginAttach, PluginInfo>(Echo, new PluginAttach { Address = large });

        Assert.Equal(large, reply.Version);
    }

    [Fact]
    public async Task More_simultaneous_calls_than_one_connection_allows_by_default_all_succeed()
    {
        await using var server = await LoopbackServer.StartAsync(EchoTable());

        var replies = await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            server.Client.CallAsync<PluginAttach, PluginInfo>(Echo, new PluginAttach { Address = $"call {i}" })));

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"call {i}"), replies.Select(r => r.Version));
    }

    [Fact]
    public async Task An_error_is_trailers_only_with_encoded_message_and_rich_details()
    {
        var failure = new ErrorResourceInitFailed { Id = "api-1", Reasons = { "never became Active" } };
        var methods = new RpcMethodTable().Add("/test.Fail/Partial", Empty.Parser, (Empty _, RpcContext _) =>
            Task.FromException<Empty>(new RpcException(StatusCode.Unknown, "api-1 created: 50% ready\n€", Any.Pack(failure))));
        await using var server = await LoopbackServer.StartAsync(methods);

        var result = await server.Client.SendRawAsync("/test.Fail/Partial", MessageFraming.Encode(new Empty()));

        Assert.True(result.TrailersOnly);
        Assert.Empty(result.Messages);
        Assert.Empty(result.Trailers);
        Assert.Equal("2", result.Headers["grpc-status"]);
        Assert.Equal("api-1 created: 50%25 ready%0A%E2%82%AC", result.Headers["grpc-message"]);
        Assert.Equal("api-1 created: 50% ready\n€", result.Message);
        Assert.NotNull(result.Details);
        Assert.Equal(2, result.Details.Code);
        var detail = Assert.Single(result.Details.Details);
        Assert.Equal("type.googleapis.com/pulumirpc.ErrorResourceInitFailed", detail.TypeUrl);
        Assert.Equal(failure, detail.Unpack<ErrorResourceInitFailed>());
    }

    [Fact]
    public async Task Typed_calls_surface_the_status_and_details_as_an_exception()
    {
        var methods = new RpcMethodTable().Add("/test.Fail/Missing", Empty.Parser, (Empty _, RpcContext _) =>
            Task.FromException<Empty>(new RpcException(StatusCode.FailedPrecondition, "missing config", Any.Pack(new ConfigureErrorMissingKeys
            {
                MissingKeys = { new ConfigureErrorMissingKeys.Types.MissingKey { Name = "accessKey", Description = "SCP access key" } },
            }))));
        await using var server = await LoopbackServer.StartAsync(methods);

        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.CallAsync<Empty, Empty>("/test.Fail/Missing", new Empty()));

        Assert.Equal(StatusCode.FailedPrecondition, error.Status);
        Assert.Equal("missing config", error.Message);
        Assert.Equal("accessKey", Assert.Single(error.Details).Unpack<ConfigureErrorMissingKeys>().MissingKeys[0].Name);
    }

    [Fact]
    public async Task An_unexpected_exception_is_internal_with_its_message_only()
    {
        var methods = EchoTable().Add("/test.Fail/Crash", Empty.Parser, (Empty _, RpcContext _) => Crash());
        await using var server = await LoopbackServer.StartAsync(methods);

        var result = await server.Client.SendRawAsync("/test.Fail/Crash", MessageFraming.Encode(new Empty()));

        Assert.Equal(StatusCode.Internal, result.Status);
        Assert.Equal("the gateway exploded", result.Message);
        Assert.DoesNotContain(" at ", result.Message, StringComparison.Ordinal);
        var next = await server.Client.CallAsync<PluginAttach, PluginInfo>(Echo, new PluginAttach { Address = "still serving" });
        Assert.Equal("still serving", next.Version);
    }

    [Fact]
    public async Task An_unknown_method_is_unimplemented()
    {
        await using var server = await LoopbackServer.StartAsync(EchoTable());

        var result = await server.Client.SendRawAsync("/pulumirpc.ResourceProvider/NoSuchMethod", MessageFraming.Encode(new Empty()));

        Assert.Equal(StatusCode.Unimplemented, result.Status);
        Assert.True(result.TrailersOnly);
        Assert.Contains("NoSuchMethod", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_answers_the_deadline_when_the_handler_watches_its_token()
    {
        var tokenFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var methods = new RpcMethodTable().Add("/test.Slow/Wait", Empty.Parser, async (Empty _, RpcContext context) =>
        {
            using var registration = context.CancellationToken.Register(() => tokenFired.TrySetResult());
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new Empty();
        });
        await using var server = await LoopbackServer.StartAsync(methods);

        var result = await server.Client.SendRawAsync("/test.Slow/Wait", MessageFraming.Encode(new Empty()), deadline: TimeSpan.FromMilliseconds(200));

        Assert.Equal(StatusCode.DeadlineExceeded, result.Status);
        await tokenFired.Task.WaitAsync(Bound);
    }

    [Fact]
    public async Task The_server_answers_the_deadline_even_when_the_handler_ignores_its_token()
    {
        var release = new TaskCompletionSource<Empty>(TaskCreationOptions.RunContinuationsAsynchronously);
        var methods = new RpcMethodTable().Add("/test.Slow/Stuck", Empty.Parser, (Empty _, RpcContext _) => release.Task);
        await using var server = await LoopbackServer.StartAsync(methods);

        try
        {
            var result = await server.Client.SendRawAsync("/test.Slow/Stuck", MessageFraming.Encode(new Empty()), deadline: TimeSpan.FromMilliseconds(200))
                .WaitAsync(Bound);

            Assert.Equal(StatusCode.DeadlineExceeded, result.Status);
            Assert.True(result.TrailersOnly);
        }
        finally
        {
            release.TrySetResult(new Empty());
        }
    }

    [Fact]
    public async Task The_context_carries_the_deadline_the_client_sent()
    {
        DateTimeOffset? seen = null;
        var methods = new RpcMethodTable().Add("/test.Deadline/Show", Empty.Parser, (Empty _, RpcContext context) =>
        {
            seen = context.Deadline;
            return Task.FromResult(new Empty());
        });
        await using var server = await LoopbackServer.StartAsync(methods);
        var before = DateTimeOffset.UtcNow;

        await server.Client.CallAsync<Empty, Empty>("/test.Deadline/Show", new Empty(), deadline: TimeSpan.FromMinutes(5));

        Assert.NotNull(seen);
        Assert.InRange(seen.Value, before + TimeSpan.FromMinutes(4), before + TimeSpan.FromMinutes(6));
    }

    [Fact]
    public async Task Concurrent_calls_are_served_at_the_same_time()
    {
        // Each call waits inside its handler until the other has arrived: served one after
        // the other, the first would never see the second and fail.
        const int calls = 4;
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var methods = new RpcMethodTable().Add("/test.Barrier/Meet", Empty.Parser, async (Empty _, RpcContext context) =>
        {
            if (Interlocked.Increment(ref arrived) == calls)
            {
                allArrived.TrySetResult();
            }

            await allArrived.Task.WaitAsync(Bound, context.CancellationToken);
            return new Empty();
        });
        await using var server = await LoopbackServer.StartAsync(methods);

        var results = await Task.WhenAll(Enumerable.Range(0, calls)
            .Select(_ => server.Client.SendRawAsync("/test.Barrier/Meet", MessageFraming.Encode(new Empty()))));

        Assert.All(results, r => Assert.Equal(StatusCode.OK, r.Status));
    }

    [Fact]
    public async Task Cancelling_all_calls_fires_an_in_flight_handlers_token()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var methods = new RpcMethodTable().Add("/test.Slow/Wait", Empty.Parser, async (Empty _, RpcContext context) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new Empty();
        });
        await using var server = await LoopbackServer.StartAsync(methods);

        var call = server.Client.SendRawAsync("/test.Slow/Wait", MessageFraming.Encode(new Empty()));
        await started.Task.WaitAsync(Bound);
        server.Server.CancelAllCalls();
        var result = await call.WaitAsync(Bound);

        Assert.Equal(StatusCode.Cancelled, result.Status);
    }

    [Fact]
    public async Task A_client_that_gives_up_cancels_the_handlers_token()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tokenFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var methods = new RpcMethodTable().Add("/test.Slow/Wait", Empty.Parser, async (Empty _, RpcContext context) =>
        {
            using var registration = context.CancellationToken.Register(() => tokenFired.TrySetResult());
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new Empty();
        });
        await using var server = await LoopbackServer.StartAsync(methods);
        using var giveUp = new CancellationTokenSource();

        var call = server.Client.SendRawAsync("/test.Slow/Wait", MessageFraming.Encode(new Empty()), cancellationToken: giveUp.Token);
        await started.Task.WaitAsync(Bound);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await tokenFired.Task.WaitAsync(Bound);
    }

    private static RpcMethodTable EchoTable() =>
        new RpcMethodTable().Add(Echo, PluginAttach.Parser, (PluginAttach request, RpcContext _) =>
            Task.FromResult(new PluginInfo { Version = request.Address }));

    private static Task<Empty> Crash() => throw new InvalidOperationException("the gateway exploded");
}
