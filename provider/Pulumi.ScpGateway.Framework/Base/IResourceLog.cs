namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Tells the user what a resource operation is doing. The RPC layer implements it with the
/// engine's Log call, bound to the resource's URN. Never pass secrets.
/// </summary>
public interface IResourceLog
{
    Task InfoAsync(string message, CancellationToken cancellationToken);

    Task WarnAsync(string message, CancellationToken cancellationToken);

    /// <summary>An ephemeral status line ("waiting for the API to become Active"), replaced by the next one.</summary>
    Task StatusAsync(string message, CancellationToken cancellationToken);
}
