namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>What the user asked adopt to read.</summary>
public sealed record AdoptSelection
{
    /// <summary>APIs by id or name.</summary>
    public IReadOnlyList<string> Apis { get; init; } = [];

    public bool AllApis { get; init; }

    /// <summary>Queues by id or name.</summary>
    public IReadOnlyList<string> Queues { get; init; } = [];

    public bool AllQueues { get; init; }

    public bool AllPrivateLinkEndpoints { get; init; }

    /// <summary>Also adopt deployments that no stage serves (by default they are only listed).</summary>
    public bool AllDeployments { get; init; }

    public bool IsEmpty => Apis.Count == 0 && !AllApis && Queues.Count == 0 && !AllQueues && !AllPrivateLinkEndpoints;
}
