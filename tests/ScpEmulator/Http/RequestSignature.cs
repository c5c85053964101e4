using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>
/// SCP's HMAC-SHA256 request signature: Base64(HMAC(secret, METHOD + URL + timestamp + accessKey +
/// accountId + clientType)), where URL is the absolute URL exactly as requested.
/// </summary>
public static class RequestSignature
{
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public static string Compute(string method, string url, string timestamp, string accessKey, string accountId, string clientType, string secretKey)
    {
        var message = method.ToUpperInvariant() + url + timestamp + accessKey + accountId + clientType;
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(message));
        return Convert.ToBase64String(mac);
    }

    /// <summary>The absolute URL as the client sent it: scheme, Host header and the raw request target.</summary>
    public static string RequestedUrl(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
        {
            target = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        }

        return $"{context.Request.Scheme}://{context.Request.Host.Value}{target}";
    }

    /// <summary>Throws a 401 naming what is wrong; the secret and the expected signature are never shown.</summary>
    public static void Verify(HttpContext context, EmulatorOptions options, DateTimeOffset now)
    {
        var headers = context.Request.Headers;
        var accessKey = Require(headers, "Scp-Accesskey");
        var signature = Require(headers, "Scp-Signature");
        var timestamp = Require(headers, "Scp-Timestamp");
        var clientType = Require(headers, "Scp-ClientType");
        var accountId = headers["Scp-AccountId"].ToString();

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
        {
            throw Unauthorized("Scp-Timestamp must be Unix epoch milliseconds as a decimal number");
        }

        var skew = now - DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(millis, 0, 253402300799999));
        if (skew.Duration() > AllowedSkew)
        {
            var minutes = (long)Math.Round(skew.Duration().TotalMinutes);
            throw Unauthorized($"timestamp is {minutes} minutes off the server clock (allowed skew {AllowedSkew.TotalMinutes:0} minutes)");
        }

        if (!string.Equals(accessKey, options.AccessKey, StringComparison.Ordinal))
        {
            throw Unauthorized("unknown access key");
        }

        var url = RequestedUrl(context);
        var expected = Compute(context.Request.Method, url, timestamp, accessKey, accountId, clientType, options.SecretKey);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            throw Unauthorized(
                $"signature mismatch: expected HMAC-SHA256 of {context.Request.Method.ToUpperInvariant()} + '{url}' + timestamp + access key + account id '{accountId}' + client type '{clientType}'");
        }
    }

    private static string Require(IHeaderDictionary headers, string name)
    {
        var value = headers[name].ToString();
        return value.Length > 0 ? value : throw Unauthorized($"missing {name}");
    }

    private static ScpException Unauthorized(string detail) => new(401, detail);
}
