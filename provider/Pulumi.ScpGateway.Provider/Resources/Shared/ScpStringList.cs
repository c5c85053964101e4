namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>String lists as SCP shows them: several values may come back comma-joined in one element.</summary>
public static class ScpStringList
{
    /// <summary>Every value, split at commas and trimmed; null when there are none.</summary>
    public static IReadOnlyList<string>? Split(IEnumerable<string>? values)
    {
        var items = (values ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return items.Count == 0 ? null : items;
    }
}
