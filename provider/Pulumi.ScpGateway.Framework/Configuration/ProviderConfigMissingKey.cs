namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A required config key nobody supplied, as ConfigureErrorMissingKeys carries it: the full
/// name (<c>&lt;package&gt;:&lt;key&gt;</c>, so the engine's "pulumi config set" hint is right) and
/// how to supply it.
/// </summary>
public sealed record ProviderConfigMissingKey(string Name, string Description);
