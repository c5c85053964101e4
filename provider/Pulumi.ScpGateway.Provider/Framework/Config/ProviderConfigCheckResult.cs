using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>CheckConfig's answer: the normalised inputs and every failure found.</summary>
public sealed record ProviderConfigCheckResult(PropertyMap Inputs, IReadOnlyList<ProviderConfigFailure> Failures);
