using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// One resource as the state file records it. Secrets stay wrapped in <see cref="Inputs"/> and
/// <see cref="Outputs"/>. <see cref="PendingDelete"/> marks a replaced resource whose delete has not
/// happened yet; <see cref="PartialFailure"/> one whose create or update failed half-way.
/// </summary>
public sealed record ResourceState(
    string Urn,
    string Type,
    string Name,
    string Id,
    PropertyMap Inputs,
    PropertyMap Outputs,
    IReadOnlyList<string> Dependencies,
    byte[] RandomSeed,
    bool Protect = false,
    bool PendingDelete = false,
    bool PartialFailure = false);
