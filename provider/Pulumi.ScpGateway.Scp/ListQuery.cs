using System.Globalization;

namespace Pulumi.ScpGateway.Scp;

/// <summary>Paging and sorting of SCP list operations (<c>size</c> default 20, <c>page</c> from 0, <c>sort</c> like <c>created_at:desc</c>).</summary>
public record ListQuery
{
    public int? Size { get; init; }

    public int? Page { get; init; }

    public string? Sort { get; init; }

    /// <summary>The query string pairs, unset values left out.</summary>
    public virtual List<KeyValuePair<string, string>> ToPairs()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, "size", Size?.ToString(CultureInfo.InvariantCulture));
        Add(pairs, "page", Page?.ToString(CultureInfo.InvariantCulture));
        Add(pairs, "sort", Sort);
        return pairs;
    }

    protected static void Add(List<KeyValuePair<string, string>> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add(new(key, value));
        }
    }
}

/// <summary>A list query that can also filter by name.</summary>
public record NamedListQuery : ListQuery
{
    public string? Name { get; init; }

    public override List<KeyValuePair<string, string>> ToPairs()
    {
        var pairs = base.ToPairs();
        Add(pairs, "name", Name);
        return pairs;
    }
}
