using System.Globalization;
using System.Net.Http.Headers;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>Puts SCP's authentication and protocol headers on a request about to be sent.</summary>
internal sealed class ScpHeaders(ScpSettings settings, ScpService service, string providerVersion)
{
    public const string AccessKey = "Scp-Accesskey";
    public const string Signature = "Scp-Signature";
    public const string Timestamp = "Scp-Timestamp";
    public const string ClientType = "Scp-ClientType";
    public const string ApiVersion = "Scp-Api-Version";
    public const string AccountId = "Scp-AccountId";

    private readonly string _userAgent = $"pulumi-resource-scpgateway/{providerVersion}";

    public void Apply(HttpRequestMessage message, long timestampMs)
    {
        var url = message.RequestUri!.AbsoluteUri;
        var headers = message.Headers;
        headers.TryAddWithoutValidation(AccessKey, settings.AccessKey);
        headers.TryAddWithoutValidation(Signature, SignRequest.Signature(
            message.Method.Method, url, timestampMs, settings.AccessKey, settings.AccountId, settings.SecretKey));
        headers.TryAddWithoutValidation(Timestamp, timestampMs.ToString(CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation(ClientType, SignRequest.ClientType);
        headers.TryAddWithoutValidation(ApiVersion, service.ApiVersionHeader);
        headers.TryAddWithoutValidation("Accept-Language", settings.Language);
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (settings.AccountId.Length > 0)
        {
            headers.TryAddWithoutValidation(AccountId, settings.AccountId);
        }
    }
}
