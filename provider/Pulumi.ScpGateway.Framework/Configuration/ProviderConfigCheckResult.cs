using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>CheckConfig's answer: the normalised inputs and every failure found.</summary>
public sealed record ProviderConfigCheckResult(PropertyMap Inputs, IReadOnlyList<ProviderConfigFailure> Failures);
