using System.Net;
using Pulumi.ScpGateway.ScpEmulator;
using Pulumi.ScpGateway.ScpEmulator.Http;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>The emulator accepts only requests signed as SCP-API.md describes, within 15 minutes of its clock.</summary>
public sealed class SignatureTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;

    private SigningClient Client => _emulator.Client;

    public async Task InitializeAsync() => _emulator = await RunningEmulator.StartAsync(new EmulatorOptions
    {
        AccessKey = "SIGNING-ACCESS",
        SecretKey = "SIGNING-SECRET-VALUE",
        ApiCreateDelayMs = 0,
    });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public void The_emulator_signs_the_documented_test_vector()
    {
        var signature = RequestSignature.Compute(
            "GET", "https://apigateway.kr-west1.e.samsungsdscloud.com/v1/apis?page=0&size=20", "1605290625682", "MYACCESSKEY", string.Empty, "Openapi", "MYSECRETKEY");

        Assert.Equal("QcbukLJU1YYZXmogExNeESDSaaes2hMQRP8sZRMuWNU=", signature);
    }

    [Fact]
    public async Task A_correctly_signed_request_is_served()
    {
        var reply = await Client.GetAsync("/v1/apis?page=0&size=20");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task A_wrong_signature_is_rejected()
    {
        var reply = await Client.SendAsync("GET", "/v1/apis", adjust: r => Replace(r, "Scp-Signature", "QcbukLJU1YYZXmogExNeESDSaaes2hMQRP8sZRMuWNU="));

        AssertUnauthorized(reply, "signature mismatch");
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_is_rejected()
    {
        using var other = new SigningClient(_emulator.Host.BaseUrl, "SIGNING-ACCESS", "NOT-THE-SECRET");

        AssertUnauthorized(await other.GetAsync("/v1/apis"), "signature mismatch");
    }

    [Fact]
    public async Task An_unknown_access_key_is_rejected()
    {
        using var other = new SigningClient(_emulator.Host.BaseUrl, "SOMEONE-ELSE", "SIGNING-SECRET-VALUE");

        AssertUnauthorized(await other.GetAsync("/v1/apis"), "unknown access key");
    }

    [Theory]
    [InlineData("Scp-Accesskey")]
    [InlineData("Scp-Signature")]
    [InlineData("Scp-Timestamp")]
    [InlineData("Scp-ClientType")]
    public async Task A_missing_header_is_named(string header)
    {
        var reply = await Client.SendAsync("GET", "/v1/apis", adjust: r => r.Headers.Remove(header));

        AssertUnauthorized(reply, $"missing {header}");
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task A_timestamp_16_minutes_off_is_rejected(int minutes)
    {
        var reply = await Client.SendAsync("GET", "/v1/apis", timestamp: DateTimeOffset.UtcNow.AddMinutes(minutes));

        AssertUnauthorized(reply, "timestamp is 16 minutes off the server clock (allowed skew 15 minutes)");
    }

    [Fact]
    public async Task A_timestamp_14_minutes_off_is_accepted()
    {
        var reply = await Client.SendAsync("GET", "/v1/apis", timestamp: DateTimeOffset.UtcNow.AddMinutes(-14));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task A_timestamp_in_seconds_is_rejected()
    {
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reply = await Client.SendAsync("GET", "/v1/apis", adjust: r => Replace(r, "Scp-Timestamp", seconds));

        AssertUnauthorized(reply, "minutes off the server clock");
    }

    [Fact]
    public async Task The_signature_covers_the_query_exactly_as_sent()
    {
        // Signed for ?page=0&size=20, sent as ?size=20&page=0: the same query to a server, not to the signature.
        var reply = await Client.SendAsync("GET", "/v1/apis?page=0&size=20",
            adjust: r => r.RequestUri = new Uri(_emulator.Host.BaseUrl, "/v1/apis?size=20&page=0"));

        AssertUnauthorized(reply, "signature mismatch");
    }

    [Fact]
    public async Task The_signature_covers_the_host_the_client_addressed()
    {
        var reply = await Client.SendAsync("GET", "/v1/apis", adjust: r => r.Headers.Host = $"localhost:{_emulator.Host.BaseUrl.Port}");

        AssertUnauthorized(reply, $"'http://localhost:{_emulator.Host.BaseUrl.Port}/v1/apis'");
    }

    [Fact]
    public async Task The_account_id_header_is_part_of_the_signature()
    {
        var unsigned = await Client.SendAsync("GET", "/v1/apis", adjust: r => r.Headers.Add("Scp-AccountId", "acct-1"));
        var signed = await Client.SendAsync("GET", "/v1/apis", adjust: r =>
        {
            var ts = r.Headers.GetValues("Scp-Timestamp").Single();
            r.Headers.Add("Scp-AccountId", "acct-1");
            Replace(r, "Scp-Signature", SigningClient.Sign("GET", r.RequestUri!.AbsoluteUri, ts, "SIGNING-ACCESS", "SIGNING-SECRET-VALUE", "acct-1"));
        });

        AssertUnauthorized(unsigned, "signature mismatch");
        Assert.Equal(HttpStatusCode.OK, signed.Status);
    }

    [Fact]
    public async Task Rejections_never_show_the_secret_or_the_expected_signature()
    {
        var reply = await Client.SendAsync("POST", "/v1/apis", new { name = "secret-api" }, adjust: r => Replace(r, "Scp-Signature", "AAAA"));
        var expected = SigningClient.Sign("POST", new Uri(_emulator.Host.BaseUrl, "/v1/apis").AbsoluteUri, "0", "x", "y");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.DoesNotContain("SIGNING-SECRET-VALUE", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, (await Client.GetAsync("/v1/apis")).Body.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("/v1/apis", null, "missing")]
    [InlineData("/v1/apis", "apigateway 1.1", "'apigateway 1.1' is not served here")]
    [InlineData("/v1/queues", "apigateway 1.2", "this operation needs 'queueservice 1.0'")]
    [InlineData("/v1/apis", "queueservice 1.0", "this operation needs 'apigateway 1.2'")]
    public async Task The_api_version_header_must_name_the_service_version(string path, string? version, string detail)
    {
        var reply = await Client.SendAsync("GET", path, version: version ?? "ignored", adjust: r =>
        {
            if (version is null)
            {
                r.Headers.Remove("Scp-Api-Version");
            }
        });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        var error = Assert.Single(reply.Errors);
        Assert.StartsWith("Scp-Api-Version: ", error, StringComparison.Ordinal);
        Assert.Contains(detail, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_endpoints_need_no_signature()
    {
        var reply = await Client.AdminAsync("GET", "/_emulator/state");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    private static void Replace(HttpRequestMessage request, string header, string value)
    {
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, value);
    }

    private static void AssertUnauthorized(ScpReply reply, string detail)
    {
        Assert.True(reply.Status == HttpStatusCode.Unauthorized, $"expected 401, got {reply}");
        Assert.Contains(detail, Assert.Single(reply.Errors), StringComparison.Ordinal);
    }
}
