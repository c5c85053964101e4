namespace Pulumi.ScpGateway.Framework;

/// <summary>Whether Diff found changes; numbered like the protocol's DiffResponse.DiffChanges.</summary>
public enum DiffChanges
{
    Unknown = 0,
    None = 1,
    Some = 2,
}
