namespace Pulumi.ScpGateway.Framework;

/// <summary>A log that drops everything, for callers that have nowhere to report to.</summary>
public sealed class SilentResourceLog : IResourceLog
{
    public static readonly SilentResourceLog Instance = new();

    private SilentResourceLog()
    {
    }

    public Task InfoAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WarnAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StatusAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;
}
