namespace Pulumi.ScpGateway.Framework;

/// <summary>DiffConfig's answer: the changed keys and how each changed.</summary>
public sealed record ProviderConfigDiffResult(IReadOnlyDictionary<string, PropertyDiffKind> DetailedDiff)
{
    public bool HasChanges => DetailedDiff.Count > 0;

    /// <summary>Keys whose change replaces the provider's resources.</summary>
    public IReadOnlyList<string> Replaces =>
        DetailedDiff.Where(pair => pair.Value is PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace or PropertyDiffKind.UpdateReplace)
            .Select(pair => pair.Key)
            .ToList();
}
