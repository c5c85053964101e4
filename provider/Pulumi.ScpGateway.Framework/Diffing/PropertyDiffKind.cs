namespace Pulumi.ScpGateway.Framework;

/// <summary>How one property changes; numbered like the protocol's PropertyDiff.Kind.</summary>
public enum PropertyDiffKind
{
    Add = 0,
    AddReplace = 1,
    Delete = 2,
    DeleteReplace = 3,
    Update = 4,
    UpdateReplace = 5,
}
