using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// What Configure resolved: settings; or the invalid values (key, reason; no secret values);
/// or the keys that are missing; or the keys whose values are not known yet (a preview with
/// config computed from other resources; no SCP call can be made then). Exactly one is set.
/// </summary>
public sealed record ProviderConfigureResult
{
    public ScpSettings? Settings { get; init; }

    public IReadOnlyList<ProviderConfigFailure> Problems { get; init; } = [];

    public IReadOnlyList<ProviderConfigMissingKey> MissingKeys { get; init; } = [];

    public IReadOnlyList<string> UnknownKeys { get; init; } = [];
}
