using System.Net;
using System.Net.Sockets;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Tests.Scp;

public class RetryTests
{
    private const string ShowApiJson = """{"api":{"id":"a1","name":"n","status":"Active"}}""";

    private static Task<Pulumi.ScpGateway.Scp.ApiGateway.Models.ApiShowResponse> ShowApi(ScpTestClients test, CancellationToken ct = default) =>
        test.Clients.ApiGateway.ShowApiAsync("a1", ct);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried_with_growing_jittered_backoff(HttpStatusCode status)
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(status).ThenAnswer(status).ThenAnswer(status)
            .ThenAnswer(HttpStatusCode.OK, ShowApiJson));

        var answer = await ShowApi(test);

        Assert.Equal("a1", answer.Api.Id);
        Assert.Equal(4, test.Handler.Requests.Count);
        Assert.Equal(3, test.Delays.Count);
        for (var i = 0; i < test.Delays.Count; i++)
        {
            // Full jitter: uniform in [0, base * 2^i] with base 200 ms.
            Assert.InRange(test.Delays[i], TimeSpan.Zero, TimeSpan.FromMilliseconds(200 * Math.Pow(2, i)));
        }
        Assert.Equal([1, 2, 3], test.Retries.Select(r => r.FailedAttempt));
        Assert.All(test.Retries, r => Assert.Equal("ShowApi", r.Operation));
    }

    [Fact]
    public async Task Same_seed_gives_same_delays_and_backoff_is_capped()
    {
        static async Task<List<TimeSpan>> Run()
        {
            using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.ServiceUnavailable),
                s => s with { MaxRetries = 12 }, seed: 3);
            await Assert.ThrowsAsync<ScpApiException>(() => ShowApi(test));
            return test.Delays;
        }

        var first = await Run();
        var second = await Run();

        Assert.Equal(first, second);
        Assert.Equal(12, first.Count);
        Assert.All(first, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(10)));
        Assert.True(first.Skip(8).Any(d => d > TimeSpan.FromSeconds(1)), "late retries should wait longer than early ones can");
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.TooManyRequests, null, r => r.Headers.RetryAfter = new(TimeSpan.FromSeconds(7)))
            .ThenAnswer(HttpStatusCode.OK, ShowApiJson));

        await ShowApi(test);

        Assert.Equal([TimeSpan.FromSeconds(7)], test.Delays);
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_honoured()
    {
        var when = DateTimeOffset.UtcNow.AddSeconds(30);
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.ServiceUnavailable, null, r => r.Headers.RetryAfter = new(when))
            .ThenAnswer(HttpStatusCode.OK, ShowApiJson));

        await ShowApi(test);

        var delay = Assert.Single(test.Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task An_excessive_retry_after_is_bounded()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.TooManyRequests, null, r => r.Headers.RetryAfter = new(TimeSpan.FromHours(5)))
            .ThenAnswer(HttpStatusCode.OK, ShowApiJson));

        await ShowApi(test);

        Assert.Equal([TimeSpan.FromMinutes(2)], test.Delays);
    }

    [Fact]
    public async Task Conflict_that_says_try_again_is_retried()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.Conflict, """{"errors":[{"detail":"Another operation is in progress, please try again later"}]}""")
            .ThenAnswer(HttpStatusCode.OK, """{"id":"q1"}"""));

        await test.Clients.QueueService.UpdateQueueDescriptionAsync("q1", new() { Description = "d" }, CancellationToken.None);

        Assert.Equal(2, test.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Final_statuses_are_not_retried(HttpStatusCode status)
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(status, """{"message":"name already exists"}"""));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => ShowApi(test));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(test.Handler.Requests);
        Assert.Empty(test.Delays);
    }

    [Fact]
    public async Task Max_retries_is_respected()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.BadGateway), s => s with { MaxRetries = 3 });

        var error = await Assert.ThrowsAsync<ScpApiException>(() => ShowApi(test));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(4, test.Handler.Requests.Count);
        Assert.Equal(3, test.Delays.Count);
    }

    [Fact]
    public async Task Connection_failures_are_retried()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
            .ThenThrow(new HttpRequestException("reset", new IOException("Connection reset by peer")))
            .ThenAnswer(HttpStatusCode.OK, ShowApiJson));

        var answer = await ShowApi(test);

        Assert.Equal("a1", answer.Api.Id);
        Assert.Equal(3, test.Handler.Requests.Count);
        Assert.All(test.Retries, r => Assert.Equal("connection failure", r.Reason));
    }

    [Fact]
    public async Task Connection_failures_that_persist_end_in_an_scp_error_naming_the_service()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")), s => s with { MaxRetries = 2 });

        var error = await Assert.ThrowsAsync<ScpApiException>(() => ShowApi(test));

        Assert.Null(error.StatusCode);
        Assert.Contains("apigateway", error.Message);
        Assert.Equal(3, test.Handler.Requests.Count);
    }

    [Fact]
    public async Task Per_attempt_timeout_is_retried()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenHang().ThenAnswer(HttpStatusCode.OK, ShowApiJson),
            s => s with { RequestTimeout = TimeSpan.FromMilliseconds(100) });

        var answer = await ShowApi(test);

        Assert.Equal("a1", answer.Api.Id);
        Assert.Equal("timeout", Assert.Single(test.Retries).Reason);
    }

    [Fact]
    public async Task Cancellation_stops_a_backoff_wait()
    {
        using var cancel = new CancellationTokenSource();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.ServiceUnavailable), delay: async (_, ct) =>
        {
            waiting.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });

        var call = ShowApi(test, cancel.Token);
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(test.Handler.Requests);
    }

    [Fact]
    public async Task Cancellation_during_an_attempt_is_not_turned_into_a_retry()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new ScriptedHandler().Then(async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var test = new ScpTestClients(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ShowApi(test, cancel.Token).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(test.Handler.Requests);
        Assert.Empty(test.Delays);
    }
}
