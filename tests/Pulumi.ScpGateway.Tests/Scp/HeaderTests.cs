using System.Net;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.Http;

namespace Pulumi.ScpGateway.Tests.Scp;

public class HeaderTests
{
    private const string ShowApiJson = """{"api":{"id":"a1","name":"n","status":"Active"}}""";

    [Fact]
    public async Task Every_request_carries_the_scp_headers_and_a_signature_over_the_url_sent()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.OK, """{"apis":[],"count":0}"""));

        await test.Clients.ApiGateway.ListApisAsync(new NamedListQuery { Size = 20, Page = 0 }, CancellationToken.None);

        var seen = Assert.Single(test.Handler.Requests);
        var h = seen.Headers;
        Assert.Equal(ScpTestClients.AccessKey, h["Scp-Accesskey"]);
        Assert.Equal("Openapi", h["Scp-ClientType"]);
        Assert.Equal("apigateway 1.2", h["Scp-Api-Version"]);
        Assert.Equal("en-US", h["Accept-Language"]);
        Assert.Equal("application/json", h["Accept"]);
        Assert.StartsWith("pulumi-resource-scpgateway/", h["User-Agent"]);
        Assert.False(h.ContainsKey("Scp-AccountId"));
        var timestamp = long.Parse(h["Scp-Timestamp"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(timestamp), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("http://127.0.0.1:9/apigw/v1/apis?page=0&size=20", seen.Uri.AbsoluteUri);
        var expected = SignRequest.Signature("GET", seen.Uri.AbsoluteUri, timestamp, ScpTestClients.AccessKey, "", ScpTestClients.SecretKey);
        Assert.Equal(expected, h["Scp-Signature"]);
        Assert.Null(seen.ContentType);
    }

    [Fact]
    public async Task Documented_vector_end_to_end_with_the_injected_clock()
    {
        var handler = new ScriptedHandler().ThenAnswer(HttpStatusCode.OK, """{"apis":[],"count":0}""");
        var settings = new ScpSettings
        {
            AccessKey = "MYACCESSKEY",
            SecretKey = "MYSECRETKEY",
            ApiGatewayEndpoint = new Uri("https://apigateway.kr-west1.e.samsungsdscloud.com"),
            QueueServiceEndpoint = new Uri("https://queueservice.kr-west1.e.samsungsdscloud.com"),
        };
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeMilliseconds(1605290625682));
        using var clients = ScpClients.Create(settings, handler, new ScpClientOptions { Time = clock });

        await clients.ApiGateway.ListApisAsync(new NamedListQuery { Size = 20, Page = 0 }, CancellationToken.None);

        var seen = Assert.Single(handler.Requests);
        Assert.Equal("https://apigateway.kr-west1.e.samsungsdscloud.com/v1/apis?page=0&size=20", seen.Uri.AbsoluteUri);
        Assert.Equal("1605290625682", seen.Headers["Scp-Timestamp"]);
        Assert.Equal("QcbukLJU1YYZXmogExNeESDSaaes2hMQRP8sZRMuWNU=", seen.Headers["Scp-Signature"]);
    }

    [Fact]
    public async Task Account_id_is_sent_and_signed_when_configured()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.OK, ShowApiJson),
            s => s with { AccountId = "acct-9", Language = "ko-KR", ApiGatewayVersion = "1.3" });

        await test.Clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None);

        var seen = Assert.Single(test.Handler.Requests);
        Assert.Equal("acct-9", seen.Headers["Scp-AccountId"]);
        Assert.Equal("ko-KR", seen.Headers["Accept-Language"]);
        Assert.Equal("apigateway 1.3", seen.Headers["Scp-Api-Version"]);
        var timestamp = long.Parse(seen.Headers["Scp-Timestamp"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(SignRequest.Signature("GET", seen.Uri.AbsoluteUri, timestamp, ScpTestClients.AccessKey, "acct-9", ScpTestClients.SecretKey),
            seen.Headers["Scp-Signature"]);
    }

    [Fact]
    public async Task Queue_service_calls_name_queueservice_and_bodies_are_json()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.OK, """{"id":"q1"}"""));

        await test.Clients.QueueService.UpdateQueueDescriptionAsync("q1", new() { Description = "d" }, CancellationToken.None);

        var seen = Assert.Single(test.Handler.Requests);
        Assert.Equal("queueservice 1.0", seen.Headers["Scp-Api-Version"]);
        Assert.Equal("application/json", seen.ContentType);
        Assert.Equal("""{"description":"d"}""", seen.Body);
        Assert.Equal("http://127.0.0.1:9/queue/v1/queues/q1/description", seen.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Each_retry_is_signed_afresh()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.ServiceUnavailable)
            .ThenAnswer(HttpStatusCode.OK, ShowApiJson));

        await test.Clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None);

        Assert.Equal(2, test.Handler.Requests.Count);
        Assert.All(test.Handler.Requests, r => Assert.True(r.Headers.ContainsKey("Scp-Signature")));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
