namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Thrown by a create or update that got part of the way: the resource exists in the cloud (its id
/// and state as it now is) but a later step failed. The engine records it instead of losing it.
/// Inside a resource, <c>CustomResource&lt;TArgs, TState&gt;.InitFailed</c> makes one with the state typed.
/// </summary>
public sealed class ResourceInitFailedException : Exception
{
    /// <param name="state">The resource's state record (its TState); the framework checks the type.</param>
    public ResourceInitFailedException(string id, object state, IReadOnlyList<string> reasons, Exception? cause = null)
        : base($"Resource {id} was left partly set up: {string.Join("; ", reasons)}", cause)
    {
        Id = id;
        State = state;
        Reasons = reasons;
    }

    public string Id { get; }

    public object State { get; }

    public IReadOnlyList<string> Reasons { get; }
}
