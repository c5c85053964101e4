namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>How one config key changed; numbered like the protocol's PropertyDiff.Kind.</summary>
public enum ProviderConfigDiffKind
{
    Add = 0,
    AddReplace = 1,
    Delete = 2,
    DeleteReplace = 3,
    Update = 4,
    UpdateReplace = 5,
}
