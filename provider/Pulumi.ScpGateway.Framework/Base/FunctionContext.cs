namespace Pulumi.ScpGateway.Framework;

/// <summary>What a function invocation gets besides its arguments.</summary>
public sealed class FunctionContext(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;
}
