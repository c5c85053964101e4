namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

/// <summary>A clock that runs a fixed offset from the real one, like a machine with a wrong time.</summary>
public sealed class SkewedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
