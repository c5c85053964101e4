using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>Pulumi tags (a map) as the <c>[{key, value}]</c> list SCP takes at creation.</summary>
public static class ScpTagList
{
    /// <summary>Null for no tags; otherwise one tag per entry, sorted by key so requests are stable.</summary>
    public static IReadOnlyList<ScpTag>? From(IReadOnlyDictionary<string, string>? tags) =>
        tags is null || tags.Count == 0
            ? null
            : [.. tags.OrderBy(tag => tag.Key, StringComparer.Ordinal).Select(tag => new ScpTag { Key = tag.Key, Value = tag.Value })];
}
