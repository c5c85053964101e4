using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Host;

/// <summary>A resource's progress, sent to the engine's Log bound to the resource's URN.</summary>
internal sealed class EngineResourceLog(IEngineLog engineLog, string urn) : IResourceLog
{
    public Task InfoAsync(string message, CancellationToken cancellationToken) =>
        engineLog.LogAsync(EngineLogSeverity.Info, message, urn, ephemeral: false, cancellationToken);

    public Task WarnAsync(string message, CancellationToken cancellationToken) =>
        engineLog.LogAsync(EngineLogSeverity.Warning, message, urn, ephemeral: false, cancellationToken);

    public Task StatusAsync(string message, CancellationToken cancellationToken) =>
        engineLog.LogAsync(EngineLogSeverity.Info, message, urn, ephemeral: true, cancellationToken);
}
