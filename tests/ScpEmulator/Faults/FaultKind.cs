namespace Pulumi.ScpGateway.ScpEmulator.Faults;

/// <summary>The failure injected into one request, if any.</summary>
public enum FaultKind
{
    None,
    ConnectionReset,
    TooManyRequests,
    InternalError,
    Unavailable,
    ConcurrentModification,
    TimeoutAfterProcessing,
}
