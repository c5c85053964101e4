namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// What Configure came to: configured (<see cref="Summary"/> says with what, for the debug log);
/// or the invalid values (key, reason; no secret values); or the keys that are missing; or the
/// keys whose values are not known yet (a preview whose config depends on resources not created
/// yet: Check and previews still work, nothing reaches the cloud).
/// </summary>
public sealed record ConfigureResult
{
    public string? Summary { get; init; }

    public IReadOnlyList<ProviderConfigFailure> Problems { get; init; } = [];

    public IReadOnlyList<ProviderConfigMissingKey> MissingKeys { get; init; } = [];

    public IReadOnlyList<string> UnknownKeys { get; init; } = [];
}
