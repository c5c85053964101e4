using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A partial create or update, in protocol terms: the RPC layer answers it with
/// ErrorResourceInitFailed carrying these fields. The message names no property values.
/// </summary>
public sealed class ResourceInitFailure(string id, PropertyMap properties, PropertyMap inputs, IReadOnlyList<string> reasons, Exception? cause)
    : Exception($"Resource {id} was left partly set up: {string.Join("; ", reasons)}", cause)
{
    public string Id { get; } = id;

    /// <summary>The outputs as the resource now is (secrets wrapped).</summary>
    public PropertyMap Properties { get; } = properties;

    public PropertyMap Inputs { get; } = inputs;

    public IReadOnlyList<string> Reasons { get; } = reasons;
}
