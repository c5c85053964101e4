namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Required settings no source supplied. Each missing key says how to supply it; the RPC
/// layer turns them into ConfigureErrorMissingKeys.
/// </summary>
public sealed class ScpMissingConfigException : Exception
{
    public ScpMissingConfigException(IReadOnlyList<ScpMissingKey> missingKeys)
        : base("Missing required scpgateway configuration: " + string.Join("; ", missingKeys))
    {
        MissingKeys = missingKeys;
    }

    public IReadOnlyList<ScpMissingKey> MissingKeys { get; }
}

/// <summary>A required config key (bare name, e.g. accessKey) and how to supply it.</summary>
public sealed record ScpMissingKey(string Name, string Description)
{
    public override string ToString() => $"{Name}: {Description}";
}
