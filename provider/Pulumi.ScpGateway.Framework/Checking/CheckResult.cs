using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Check's answer: the inputs with defaults and normalisation applied, and every failure found.</summary>
public sealed record CheckResult(PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}
