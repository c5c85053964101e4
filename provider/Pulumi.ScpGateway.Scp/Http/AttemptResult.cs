using System.Net;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>How one HTTP attempt ended: an answer body, or a failure with what it allows next.</summary>
internal sealed record AttemptResult
{
    public HttpStatusCode? Status { get; init; }

    /// <summary>Response text of a successful attempt.</summary>
    public string Body { get; init; } = "";

    public ScpApiException? Error { get; init; }

    /// <summary>Another attempt may succeed.</summary>
    public bool Retryable { get; init; }

    /// <summary>The request may have been applied (it was sent; the answer was lost or a 5xx).</summary>
    public bool MayHaveApplied { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public string Reason { get; init; } = "";

    public bool Succeeded => Error is null;
}
