using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>Check failures as one line: <c>name: reason; other: reason</c>.</summary>
public static class CheckFailures
{
    public static string Describe(IEnumerable<CheckFailure> failures) =>
        string.Join("; ", failures.Select(failure => string.IsNullOrEmpty(failure.Property) ? failure.Reason : $"{failure.Property}: {failure.Reason}"));
}
