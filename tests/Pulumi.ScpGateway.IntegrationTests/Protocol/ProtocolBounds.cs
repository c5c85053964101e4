namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

internal static class ProtocolBounds
{
    /// <summary>A hang guard, never a timing: generous enough for a busy 2-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
}
