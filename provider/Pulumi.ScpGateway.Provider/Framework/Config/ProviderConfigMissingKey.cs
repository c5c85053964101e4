namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// A required config key nobody supplied, as ConfigureErrorMissingKeys carries it: the full
/// name (<c>scpgateway:accessKey</c>, so the engine's "pulumi config set" hint is right) and
/// how to supply it.
/// </summary>
public sealed record ProviderConfigMissingKey(string Name, string Description);
