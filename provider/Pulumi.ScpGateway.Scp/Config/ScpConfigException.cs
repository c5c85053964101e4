namespace Pulumi.ScpGateway.Scp;

/// <summary>A config value that was given but is invalid. Messages never contain secret values.</summary>
public sealed class ScpConfigException : Exception
{
    public ScpConfigException(IReadOnlyList<ScpConfigProblem> problems)
        : base("Invalid scpgateway configuration: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<ScpConfigProblem> Problems { get; }
}

/// <summary>Why the value of one config key (or one ~/.scpconf file) cannot be used.</summary>
public sealed record ScpConfigProblem(string Key, string Reason)
{
    public override string ToString() => $"{Key}: {Reason}";
}
