using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.Http;

namespace Pulumi.ScpGateway.Tests.Scp;

/// <summary>The client over a real socket to a real Kestrel server on loopback.</summary>
public class LoopbackTransportTests
{
    private static ScpClients Clients(Uri endpoint, Func<ScpSettings, ScpSettings>? tune = null) =>
        ScpClients.Create((tune ?? (s => s))(ScpTestClients.DefaultSettings() with
        {
            ApiGatewayEndpoint = endpoint,
            QueueServiceEndpoint = endpoint,
            AccountId = "acct-1",
        }), options: new ScpClientOptions { Delay = (_, _) => Task.CompletedTask, Jitter = new Random(1) });

    [Fact]
    public async Task Server_recomputing_the_signature_from_the_url_it_received_accepts_it()
    {
        var verdicts = new List<bool>();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var request = context.Request;
            var url = $"http://{request.Host}{context.Features.Get<IHttpRequestFeature>()!.RawTarget}";
            var expected = SignRequest.Signature(request.Method, url, long.Parse(request.Headers["Scp-Timestamp"]!, System.Globalization.CultureInfo.InvariantCulture),
                request.Headers["Scp-Accesskey"]!, request.Headers["Scp-AccountId"].ToString(), ScpTestClients.SecretKey);
            var valid = expected == request.Headers["Scp-Signature"];
            verdicts.Add(valid);
            context.Response.StatusCode = valid ? 200 : 401;
            await context.Response.WriteAsync("""{"apis":[{"id":"a1","name":"my api","status":"Active"}],"count":1}""");
        });
        using var clients = Clients(server.BaseUri);

        var page = await clients.ApiGateway.ListApisAsync(new NamedListQuery { Name = "my api/ü", Sort = "created_at:desc", Size = 5 }, CancellationToken.None);

        await clients.ApiGateway.ListMethodsAsync("a/b c", "r%", CancellationToken.None);

        Assert.Equal("a1", Assert.Single(page.Apis).Id);
        Assert.Equal([true, true], verdicts);
        Assert.Equal(
            ["/v1/apis?name=my+api%2F%C3%BC&size=5&sort=created_at%3Adesc", "/v1/apis/a%2Fb%20c/resources/r%25/methods"],
            server.Seen.Select(s => s.Target));
    }

    [Fact]
    public async Task Busy_server_is_retried_until_it_answers()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            await context.Response.WriteAsync("""{"api":{"id":"a1","name":"n","status":"Active"}}""");
        });
        using var clients = Clients(server.BaseUri);

        var api = await clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None);

        Assert.Equal("Active", api.Api.Status);
        Assert.Equal(3, server.Seen.Count);
    }

    [Fact]
    public async Task Refused_connection_is_retried_even_for_a_create_and_then_reported()
    {
        var port = FreePort();
        using var clients = Clients(new Uri($"http://127.0.0.1:{port}"), s => s with { MaxRetries = 2 });
        var lookups = 0;

        var error = await Assert.ThrowsAsync<ScpApiException>(() => clients.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "n" }, new(_ =>
        {
            lookups++;
            return Task.FromResult<ApiCreateResponse?>(null);
        }), CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.False(error.OutcomeUnknown);
        Assert.Equal(0, lookups);
        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public async Task Create_whose_answer_never_comes_is_adopted_after_one_post()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var postArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            postArrived.TrySetResult();
            // Holds the answer back until the client gave up on it.
            await Task.WhenAny(release.Task, Task.Delay(Timeout.Infinite, context.RequestAborted));
        });
        using var clients = Clients(server.BaseUri, s => s with { RequestTimeout = TimeSpan.FromSeconds(2) });

        var adopted = await clients.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "orders" }, new(async ct =>
        {
            // The lookup runs only once the create is known to have reached the server.
            await postArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            return new ApiCreateResponse { Id = "existing", Name = "orders" };
        }), CancellationToken.None);
        release.SetResult();

        Assert.Equal("existing", adopted.Id);
        Assert.Single(server.Seen, s => s.Method == "POST");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
