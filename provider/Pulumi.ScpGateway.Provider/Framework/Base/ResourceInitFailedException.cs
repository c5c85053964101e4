namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// Thrown by a create or update that got part of the way: the resource exists in SCP (its id
/// and state as it now is) but a later step failed. The engine records it instead of losing it.
/// Create one with <c>CustomResource&lt;TArgs, TState&gt;.InitFailed</c> so the state has the right type.
/// </summary>
public sealed class ResourceInitFailedException : Exception
{
    internal ResourceInitFailedException(string id, object state, IReadOnlyList<string> reasons, Exception? cause)
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
