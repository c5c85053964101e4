using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>
/// A minimal SCP client for the emulator tests: signs each request as SCP-API.md describes (written here
/// on purpose, independent of the provider's client).
/// </summary>
public sealed class SigningClient(Uri baseUrl, string accessKey, string secretKey) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseUrl };

    public Uri BaseUrl { get; } = baseUrl;

    public static string Sign(string method, string url, string timestamp, string accessKey, string secretKey, string accountId = "")
    {
        var message = method + url + timestamp + accessKey + accountId + "Openapi";
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(message)));
    }

    /// <summary>Sends a signed request; <paramref name="adjust"/> may change the request after signing.</summary>
    public async Task<ScpReply> SendAsync(
        string method,
        string pathAndQuery,
        object? body = null,
        string? version = null,
        DateTimeOffset? timestamp = null,
        Action<HttpRequestMessage>? adjust = null)
    {
        var url = new Uri(BaseUrl, pathAndQuery).AbsoluteUri;
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        var ts = (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.TryAddWithoutValidation("Scp-Accesskey", accessKey);
        request.Headers.TryAddWithoutValidation("Scp-Signature", Sign(method, url, ts, accessKey, secretKey));
        request.Headers.TryAddWithoutValidation("Scp-Timestamp", ts);
        request.Headers.TryAddWithoutValidation("Scp-ClientType", "Openapi");
        request.Headers.TryAddWithoutValidation("Scp-Api-Version",
            version ?? (pathAndQuery.StartsWith("/v1/queues", StringComparison.Ordinal) ? "queueservice 1.0" : "apigateway 1.2"));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        adjust?.Invoke(request);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? parsed = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        return new ScpReply(response.StatusCode, parsed, response.Headers.RetryAfter?.Delta, text);
    }

    public Task<ScpReply> GetAsync(string pathAndQuery) => SendAsync("GET", pathAndQuery);

    public Task<ScpReply> PostAsync(string path, object body) => SendAsync("POST", path, body);

    public Task<ScpReply> PutAsync(string path, object body) => SendAsync("PUT", path, body);

    public Task<ScpReply> DeleteAsync(string path, object? body = null) => SendAsync("DELETE", path, body);

    /// <summary>An unsigned request, for the admin endpoints.</summary>
    public async Task<ScpReply> AdminAsync(string method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(BaseUrl, path));
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ScpReply(response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone(), null, text);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An answer: status, parsed JSON body (if any), Retry-After and the raw text.</summary>
public sealed record ScpReply(HttpStatusCode Status, JsonElement? Json, TimeSpan? RetryAfter, string Text)
{
    public JsonElement Body => Json ?? throw new InvalidOperationException($"no body (status {(int)Status})");

    /// <summary>The error details of an error body.</summary>
    public IReadOnlyList<string> Errors =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("detail").GetString() ?? string.Empty)]
            : [];

    public string Str(params string[] path)
    {
        var element = Body;
        foreach (var p in path)
        {
            element = element.GetProperty(p);
        }

        return element.GetString() ?? string.Empty;
    }

    public override string ToString() => $"{(int)Status} {Text}";
}
