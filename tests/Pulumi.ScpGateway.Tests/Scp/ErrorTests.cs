using System.Net;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.Http;

namespace Pulumi.ScpGateway.Tests.Scp;

public class ErrorTests
{
    [Theory]
    [InlineData("""{"errors":[{"status":409,"detail":"API name 'x' already exists"}]}""", "API name 'x' already exists")]
    [InlineData("""{"errors":[{"status":400,"detail":["name is too short","name has capitals"]}]}""", "name is too short; name has capitals")]
    [InlineData("""{"message":"Invalid signature"}""", "Invalid signature")]
    [InlineData("""{"code":"AUTH_FAILED"}""", "AUTH_FAILED")]
    [InlineData("""{"detail":"not here"}""", "not here")]
    [InlineData("<html><body>Bad gateway</body></html>", "<html><body>Bad gateway</body></html>")]
    [InlineData("", "(no error detail in the response)")]
    public void Error_detail_is_read_from_each_body_shape(string body, string expected)
    {
        Assert.Equal(expected, ScpErrorBody.Detail(body));
    }

    [Fact]
    public void Long_non_json_bodies_are_truncated()
    {
        var detail = ScpErrorBody.Detail(new string('x', 5000));

        Assert.True(detail.Length < 600);
        Assert.EndsWith("(truncated)", detail);
    }

    [Fact]
    public async Task Error_message_names_operation_status_server_words_and_hint()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.Conflict,
            """{"errors":[{"status":409,"detail":"API name 'x' already exists"}]}"""));

        var error = await Assert.ThrowsAsync<ScpApiException>(() =>
            test.Clients.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "x" }, null, CancellationToken.None));

        Assert.Equal("CreateApi", error.Operation);
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal("API name 'x' already exists", error.Detail);
        Assert.StartsWith("CreateApi failed: HTTP 409 Conflict: API name 'x' already exists. Hint: ", error.Message);
        Assert.Contains("already exists", error.Hint);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "clock")]
    [InlineData(HttpStatusCode.Forbidden, "accessKey/secretKey")]
    [InlineData(HttpStatusCode.NotFound, "deleted outside Pulumi")]
    [InlineData(HttpStatusCode.Conflict, "already exists")]
    [InlineData(HttpStatusCode.TooManyRequests, "rate limited")]
    public async Task Each_status_gets_its_hint(HttpStatusCode status, string hintWords)
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(status, """{"message":"no"}"""), s => s with { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None));

        Assert.Contains(hintWords, error.Hint);
        Assert.Contains(hintWords, error.Message);
        Assert.Contains($"HTTP {(int)status}", error.Message);
    }

    [Fact]
    public async Task Unnamed_status_codes_still_read_well()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer((HttpStatusCode)499, "client went away"));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None));

        Assert.Equal("ShowApi failed: HTTP 499: client went away.", error.Message);
    }

    [Fact]
    public async Task Secrets_echoed_by_the_server_never_reach_the_error()
    {
        var echo = $$"""{"errors":[{"detail":"bad key {{ScpTestClients.SecretKey}} for {{ScpTestClients.AccessKey}}"}]}""";
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.Forbidden, echo));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None));

        var signature = test.Handler.Requests[0].Headers["Scp-Signature"];
        var everything = error.ToString();
        Assert.DoesNotContain(ScpTestClients.SecretKey, everything);
        Assert.DoesNotContain(ScpTestClients.AccessKey, everything);
        Assert.DoesNotContain(signature, everything);
        Assert.Contains("[redacted]", error.Detail);
    }

    [Fact]
    public async Task Create_body_with_secrets_is_not_in_the_error()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.BadRequest, """{"message":"invalid"}"""));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.CreateApiAsync(
            new ApiCreateRequest { Name = "n", Description = "body-marker-text" }, null, CancellationToken.None));

        Assert.DoesNotContain("body-marker-text", error.ToString());
    }

    [Fact]
    public void Settings_and_secret_models_do_not_print_secrets()
    {
        var key = new ApiKey { Id = "k1", Name = "n", Key = "super-secret-api-key" };
        var token = new AuthCreateResponse { AccessToken = "super-secret-token" };

        Assert.DoesNotContain("super-secret-api-key", new ApiKeyShowResponse { ApiKey = key }.ToString());
        Assert.DoesNotContain("super-secret-token", token.ToString());
        Assert.DoesNotContain(ScpTestClients.SecretKey, ScpTestClients.DefaultSettings().ToString());
    }

    [Fact]
    public async Task An_unreadable_success_answer_is_an_scp_error()
    {
        using var test = new ScpTestClients(new ScriptedHandler().ThenAnswer(HttpStatusCode.OK, "not json"));

        var error = await Assert.ThrowsAsync<ScpApiException>(() => test.Clients.ApiGateway.ShowApiAsync("a1", CancellationToken.None));

        Assert.Equal("ShowApi", error.Operation);
        Assert.Contains("could not read", error.Message);
    }
}
