namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>
/// Exponential backoff with full jitter: the wait before retry n is uniform in
/// [0, min(cap, base * 2^n)]. A server's Retry-After wins when it asks for longer.
/// </summary>
internal sealed class BackoffPolicy(TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan maxRetryAfter, Random jitter)
{
    public TimeSpan Next(int retryIndex, TimeSpan? retryAfter)
    {
        var exponent = Math.Min(retryIndex, 30);
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var jittered = TimeSpan.FromMilliseconds(jitter.NextDouble() * ceiling);
        if (retryAfter is { } asked)
        {
            var bounded = asked > maxRetryAfter ? maxRetryAfter : asked;
            return bounded > jittered ? bounded : jittered;
        }
        return jittered;
    }
}
