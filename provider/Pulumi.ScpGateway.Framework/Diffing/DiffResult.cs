namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Diff's answer: a detailed diff per changed top-level property and the properties whose
/// change replaces the resource. The framework never deletes before replacing.
/// </summary>
public sealed record DiffResult(IReadOnlyDictionary<string, PropertyDiffKind> DetailedDiff)
{
    public DiffChanges Changes => DetailedDiff.Count > 0 ? DiffChanges.Some : DiffChanges.None;

    /// <summary>Changed properties, in declaration order.</summary>
    public IReadOnlyList<string> Diffs => [.. DetailedDiff.Keys];

    public IReadOnlyList<string> Replaces =>
        [.. DetailedDiff.Where(pair => pair.Value is PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace or PropertyDiffKind.UpdateReplace)
            .Select(pair => pair.Key)];

    public bool DeleteBeforeReplace => false;
}
