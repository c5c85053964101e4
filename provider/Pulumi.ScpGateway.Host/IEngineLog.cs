namespace Pulumi.ScpGateway.Host;

public enum EngineLogSeverity
{
    Debug = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>
/// Diagnostics for the user, shown by the Pulumi CLI. Never throws: when the engine cannot be
/// reached the message goes to stderr (which the engine also shows). Callers must not pass secrets.
/// </summary>
public interface IEngineLog
{
    /// <param name="urn">The resource the message is about, or null for provider-wide messages.</param>
    /// <param name="ephemeral">Progress the CLI shows and then drops (e.g. "waiting for ...").</param>
    Task LogAsync(EngineLogSeverity severity, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default);
}

public static class EngineLogExtensions
{
    public static Task DebugAsync(this IEngineLog log, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default) =>
        log.LogAsync(EngineLogSeverity.Debug, message, urn, ephemeral, cancellationToken);

    public static Task InfoAsync(this IEngineLog log, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default) =>
        log.LogAsync(EngineLogSeverity.Info, message, urn, ephemeral, cancellationToken);

    public static Task WarnAsync(this IEngineLog log, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default) =>
        log.LogAsync(EngineLogSeverity.Warning, message, urn, ephemeral, cancellationToken);

    public static Task ErrorAsync(this IEngineLog log, string message, string? urn = null, bool ephemeral = false, CancellationToken cancellationToken = default) =>
        log.LogAsync(EngineLogSeverity.Error, message, urn, ephemeral, cancellationToken);
}
