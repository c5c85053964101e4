namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>DiffConfig's answer: the changed keys and how each changed.</summary>
public sealed record ProviderConfigDiffResult(IReadOnlyDictionary<string, ProviderConfigDiffKind> DetailedDiff)
{
    public bool HasChanges => DetailedDiff.Count > 0;

    /// <summary>Keys whose change replaces the provider's resources.</summary>
    public IReadOnlyList<string> Replaces =>
        DetailedDiff.Where(pair => pair.Value is ProviderConfigDiffKind.AddReplace or ProviderConfigDiffKind.DeleteReplace or ProviderConfigDiffKind.UpdateReplace)
            .Select(pair => pair.Key)
            .ToList();
}
