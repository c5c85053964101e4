using System.Net;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>What a user should look at for each kind of failure.</summary>
internal static class ScpErrorHints
{
    public const string Unreachable = "check the endpoint (region/environment or endpoint override) and the network path to it";

    public const string OutcomeUnknown =
        "the request was sent but no answer arrived, so the object may exist now; look it up before creating it again";

    public static string ForStatus(HttpStatusCode status) => (int)status switch
    {
        401 or 403 => "check accessKey/secretKey (and accountId); or this machine's clock is off by more than the allowed skew (15 minutes)",
        404 => "the object is gone (deleted outside Pulumi?)",
        409 => "a conflict: an object with this name already exists, or another change to it is still in progress",
        429 => "rate limited by SCP; the request was retried with backoff; lower parallelism or try again later",
        400 or 422 => "SCP rejected the request as invalid; check the property values against SCP's rules",
        >= 500 => "SCP had a server-side problem; try again later",
        _ => "",
    };
}
