using System.Net;
using System.Net.Sockets;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Tests.Scp;

public class AmbiguousCreateTests
{
    private static readonly ApiCreateRequest NewApi = new() { Name = "orders" };

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Create_with_unknown_outcome_adopts_what_find_existing_finds(HttpStatusCode status)
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(status));
        var lookups = 0;

        var created = await test.Clients.ApiGateway.CreateApiAsync(NewApi, new(_ =>
        {
            lookups++;
            return Task.FromResult<ApiCreateResponse?>(new ApiCreateResponse { Id = "found-1", Name = "orders" });
        }), CancellationToken.None);

        Assert.Equal("found-1", created.Id);
        Assert.Equal(1, lookups);
        Assert.Single(test.Handler.Posts);
    }

    [Fact]
    public async Task A_resumed_create_adopts_what_find_existing_finds_without_posting()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.Accepted, """{"id":"a-2","name":"orders","description":""}"""));

        var created = await test.Clients.ApiGateway.CreateApiAsync(NewApi,
            new(_ => Task.FromResult<ApiCreateResponse?>(new ApiCreateResponse { Id = "found-1", Name = "orders" }), LookFirst: true), CancellationToken.None);

        Assert.Equal("found-1", created.Id);
        Assert.Empty(test.Handler.Posts);
    }

    [Fact]
    public async Task A_resumed_create_whose_object_is_not_found_posts_once_and_a_fresh_one_posts_without_looking()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.Accepted, """{"id":"a-2","name":"orders","description":""}""")
            .ThenAnswer(HttpStatusCode.Accepted, """{"id":"a-3","name":"orders","description":""}"""));
        var lookups = 0;
        Task<ApiCreateResponse?> NotFound(CancellationToken _)
        {
            lookups++;
            return Task.FromResult<ApiCreateResponse?>(null);
        }

        var resumed = await test.Clients.ApiGateway.CreateApiAsync(NewApi, new(NotFound, LookFirst: true), CancellationToken.None);
        var fresh = await test.Clients.ApiGateway.CreateApiAsync(NewApi, new(NotFound), CancellationToken.None);

        Assert.Equal(("a-2", "a-3"), (resumed.Id, fresh.Id));
        Assert.Equal(1, lookups);
        Assert.Equal(2, test.Handler.Posts.Count());
    }

    [Fact]
    public async Task Create_that_timed_out_is_looked_up_not_posted_again()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenHang(), s => s with { RequestTimeout = TimeSpan.FromMilliseconds(100) });

        var created = await test.Clients.QueueService.CreateQueueAsync(
            new QueueCreateRequest { Name = "jobs", MessageRetentionPeriod = 4, MessageRetentionPeriodUnit = "day", MessageSize = 256 },
            new(_ => Task.FromResult<QueueCreateResponse?>(new QueueCreateResponse { Id = "q-found", State = "CREATING" })),
            CancellationToken.None);

        Assert.Equal("q-found", created.Id);
        Assert.Single(test.Handler.Posts);
    }

    [Fact]
    public async Task Without_a_lookup_an_ambiguous_create_is_not_retried_and_says_outcome_unknown()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenThrow(new HttpRequestException("The response ended prematurely.", new IOException("reset"))));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.CreateApiAsync(NewApi, null, CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Contains("outcome is unknown", error.Message);
        Assert.Single(test.Handler.Posts);
    }

    [Fact]
    public async Task When_the_lookup_finds_nothing_the_create_is_retried()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.ServiceUnavailable)
            .ThenAnswer(HttpStatusCode.Accepted, """{"id":"a-2","name":"orders","description":""}"""));
        var lookups = 0;

        var created = await test.Clients.ApiGateway.CreateApiAsync(NewApi, new(_ =>
        {
            lookups++;
            return Task.FromResult<ApiCreateResponse?>(null);
        }), CancellationToken.None);

        Assert.Equal("a-2", created.Id);
        Assert.Equal(1, lookups);
        Assert.Equal(2, test.Handler.Posts.Count());
    }

    [Fact]
    public async Task Conflict_on_the_retry_of_an_ambiguous_create_looks_again_and_adopts()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.GatewayTimeout)
            .ThenAnswer(HttpStatusCode.Conflict, """{"errors":[{"detail":"API name 'orders' already exists"}]}"""));
        var lookups = 0;

        var created = await test.Clients.ApiGateway.CreateApiAsync(NewApi, new(_ =>
        {
            lookups++;
            return Task.FromResult(lookups == 1 ? null : new ApiCreateResponse { Id = "late-1", Name = "orders" });
        }), CancellationToken.None);

        Assert.Equal("late-1", created.Id);
        Assert.Equal(2, lookups);
        Assert.Equal(2, test.Handler.Posts.Count());
    }

    [Fact]
    public async Task Plain_conflict_on_a_first_create_is_reported_without_lookup()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.Conflict, """{"errors":[{"detail":"API name 'orders' already exists"}]}"""));
        var lookups = 0;

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.CreateApiAsync(NewApi, new(_ =>
        {
            lookups++;
            return Task.FromResult<ApiCreateResponse?>(null);
        }), CancellationToken.None));

        Assert.True(error.IsConflict);
        Assert.False(error.OutcomeUnknown);
        Assert.Equal(0, lookups);
    }

    [Fact]
    public async Task Create_refused_before_sending_is_retried_without_a_lookup()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
            .ThenAnswer(HttpStatusCode.Accepted, """{"id":"a-3","name":"orders","description":"d"}"""));

        var created = await test.Clients.ApiGateway.CreateApiAsync(NewApi, null, CancellationToken.None);

        Assert.Equal("a-3", created.Id);
        Assert.Equal(2, test.Handler.Posts.Count());
    }

    [Fact]
    public async Task Rate_limited_create_is_retried_because_it_was_not_applied()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.TooManyRequests)
            .ThenAnswer(HttpStatusCode.Accepted, """{"id":"a-4","name":"orders","description":"d"}"""));

        var created = await test.Clients.ApiGateway.CreateApiAsync(NewApi, null, CancellationToken.None);

        Assert.Equal("a-4", created.Id);
        Assert.Equal(2, test.Handler.Posts.Count());
    }

    [Fact]
    public async Task Auth_create_with_unknown_outcome_fails_rather_than_risk_a_second_token()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.CreateAuthAsync(
            "a1", new AuthCreateRequest { Name = "tok", ExpirationPeriod = 90 }, CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Single(test.Handler.Posts);
    }

    [Fact]
    public async Task Adding_queue_acl_entries_may_be_repeated()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.BadGateway)
            .ThenAnswer(HttpStatusCode.OK, """{"id":"q1"}"""));

        await test.Clients.QueueService.SetAclAsync("q1", new QueueAclRequest { IpAddress = ["10.0.0.1"] }, CancellationToken.None);

        Assert.Equal(2, test.Handler.Posts.Count());
    }
}
