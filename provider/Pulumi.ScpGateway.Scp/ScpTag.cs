namespace Pulumi.ScpGateway.Scp;

/// <summary>A key/value tag as both services take them at creation.</summary>
public sealed record ScpTag
{
    public required string Key { get; init; }

    public string? Value { get; init; }
}
