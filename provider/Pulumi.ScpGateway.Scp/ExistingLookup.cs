namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// How a create finds the object it may already have made, by its unique name. The transport asks
/// <see cref="Find"/> when a POST's outcome is unknown (a timeout, reset or 5xx after sending) and
/// adopts what it finds instead of posting again; with <see cref="LookFirst"/> (an earlier,
/// interrupted run of the same create may have made it) it also asks before the first POST.
/// </summary>
public sealed record ExistingLookup<T>(Func<CancellationToken, Task<T?>> Find, bool LookFirst = false)
    where T : class;
