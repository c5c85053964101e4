namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// Turns what SCP shows back into inputs that match what the program wrote, so an untouched
/// resource shows no diff: SCP answers "" or null for an unset description and an empty or
/// absent list for an unset one, and spells several list items as one comma-joined string.
/// </summary>
public static class ReadBack
{
    /// <summary>SCP's description; empty reads as unset unless the program itself wrote "".</summary>
    public static string? Description(string? scp, string? old) =>
        string.IsNullOrEmpty(scp) ? (old == "" ? "" : null) : scp;

    /// <summary>
    /// A set as SCP shows it: comma-joined items split, sorted and de-duplicated; empty reads as
    /// unset unless the program itself wrote an empty list.
    /// </summary>
    public static IReadOnlyList<string>? Set(IEnumerable<string>? scp, IReadOnlyList<string>? old)
    {
        var items = SetItems(scp);
        return items.Count > 0 ? items : old is { Count: 0 } ? [] : null;
    }

    /// <summary>The items of a set in the order Check puts them (sorted ordinally, no duplicates, comma-joined items split).</summary>
    public static IReadOnlyList<string> SetItems(IEnumerable<string>? items) =>
        [.. (ScpStringList.Split(items) ?? [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>True when two sets hold the same items (null and empty are the same).</summary>
    public static bool SameSet(IEnumerable<string>? a, IEnumerable<string>? b) =>
        SetItems(a).SequenceEqual(SetItems(b), StringComparer.Ordinal);
}
