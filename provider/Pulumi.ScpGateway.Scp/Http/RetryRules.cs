using System.Net;
using System.Net.Sockets;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>Which failures are worth another attempt, and which leave a POST's outcome unknown.</summary>
internal static class RetryRules
{
    /// <summary>
    /// 429 and gateway errors are transient; a 409 is only retried when SCP itself says the
    /// object is busy. 400/401/403/404/422 and everything else are final.
    /// </summary>
    public static bool IsRetryableStatus(HttpStatusCode status, string detail) => (int)status switch
    {
        429 or 502 or 503 or 504 => true,
        409 => SaysTryAgain(detail),
        _ => false,
    };

    /// <summary>A server error after the request was delivered: it may or may not have been applied.</summary>
    public static bool LeavesOutcomeUnknown(HttpStatusCode status) => (int)status >= 500;

    public static bool SaysTryAgain(string detail) =>
        detail.Contains("try again", StringComparison.OrdinalIgnoreCase)
        || detail.Contains("concurrent", StringComparison.OrdinalIgnoreCase)
        || detail.Contains("in progress", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection-level failures worth retrying (as opposed to bugs such as invalid URIs).</summary>
    public static bool IsTransportFailure(Exception exception) => exception switch
    {
        HttpRequestException { InnerException: { } inner } e => IsTransportFailure(inner) || e.HttpRequestError != HttpRequestError.Unknown,
        HttpRequestException e => e.HttpRequestError != HttpRequestError.Unknown,
        SocketException or IOException => true,
        _ => false,
    };

    /// <summary>
    /// True when the failure happened before any byte of the request left this machine (no
    /// connection could be made), so even a POST can be repeated safely.
    /// </summary>
    public static bool FailedBeforeSending(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => true,
        HttpRequestException { InnerException: SocketException s } => IsConnectRefusal(s),
        SocketException s => IsConnectRefusal(s),
        _ => false,
    };

    private static bool IsConnectRefusal(SocketException socket) => socket.SocketErrorCode is
        SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable;
}
