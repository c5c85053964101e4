namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Knobs of the SCP client that are not user settings: clock, backoff waits and randomness
/// (injectable so tests observe chosen delays without waiting), and a retry notification.
/// </summary>
public sealed record ScpClientOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How a backoff wait is performed. Defaults to a timer on <see cref="Time"/>.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>Source of backoff jitter; seed it for reproducible delays.</summary>
    public Random? Jitter { get; init; }

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound on a server's Retry-After, so one answer cannot park an update for hours.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Called before each backoff wait, e.g. to tell the user what is being retried.</summary>
    public Action<ScpRetryNotice>? OnRetry { get; init; }

    /// <summary>Version in the User-Agent header.</summary>
    public string ProviderVersion { get; init; } =
        typeof(ScpClientOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}

/// <summary>One retry about to happen: which operation, which attempt failed, why, and the wait chosen.</summary>
public sealed record ScpRetryNotice(string Operation, int FailedAttempt, string Reason, TimeSpan Delay);
