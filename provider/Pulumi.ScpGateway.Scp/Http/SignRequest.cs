using System.Security.Cryptography;
using System.Text;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>
/// SCP's OpenAPI request signature: Base64(HMAC-SHA256(secretKey, METHOD + URL + timestamp +
/// accessKey + accountId + "Openapi")). The URL must be the exact text that goes on the wire.
/// </summary>
internal static class SignRequest
{
    public const string ClientType = "Openapi";

    public static string StringToSign(string method, string absoluteUrl, long timestampMs, string accessKey, string accountId) =>
        string.Concat(
            method.ToUpperInvariant(),
            absoluteUrl,
            timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            accessKey,
            accountId,
            ClientType);

    public static string Signature(string method, string absoluteUrl, long timestampMs, string accessKey, string accountId, string secretKey)
    {
        var message = Encoding.UTF8.GetBytes(StringToSign(method, absoluteUrl, timestampMs, accessKey, accountId));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), message);
        return Convert.ToBase64String(mac);
    }
}
