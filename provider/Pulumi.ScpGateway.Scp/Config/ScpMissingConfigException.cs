namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Required settings no source supplied. Each missing key says where else it could come from;
/// the caller adds its own way (its config) when it reports them.
/// </summary>
public sealed class ScpMissingConfigException : Exception
{
    public ScpMissingConfigException(IReadOnlyList<ScpMissingKey> missingKeys)
        : base("Missing required SCP settings: " + string.Join("; ", missingKeys))
    {
        MissingKeys = missingKeys;
    }

    public IReadOnlyList<ScpMissingKey> MissingKeys { get; }
}

/// <summary>A required setting (bare name, e.g. accessKey) and the ways to supply it besides the caller's config.</summary>
public sealed record ScpMissingKey(string Name, IReadOnlyList<string> OtherWaysToSupply)
{
    public override string ToString() => $"{Name}: {ScpConfigKey.JoinOr(OtherWaysToSupply)}";
}
