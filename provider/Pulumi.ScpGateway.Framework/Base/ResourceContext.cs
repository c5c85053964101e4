namespace Pulumi.ScpGateway.Framework;

/// <summary>What a resource operation gets besides its inputs.</summary>
public sealed class ResourceContext(string urn, string name, TimeSpan timeout, IResourceLog log, CancellationToken cancellationToken)
{
    public string Urn { get; } = urn;

    /// <summary>The logical name in the program.</summary>
    public string Name { get; } = name;

    /// <summary>How long a create or update may take, waits included (the engine's or the resource's default).</summary>
    public TimeSpan Timeout { get; } = timeout;

    public IResourceLog Log { get; } = log;

    /// <summary>Cancelled when the engine cancels the call or the plugin shuts down.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// Set on a create that an earlier, interrupted run of the same create may have made already
    /// (its plugin died before the answer reached the engine): look the object up before making it.
    /// </summary>
    public bool ResumedCreate { get; init; }

    internal ResourceContext Resumed() => new(Urn, Name, Timeout, Log, CancellationToken) { ResumedCreate = true };
}
