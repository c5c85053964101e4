namespace Pulumi.ScpGateway.Scp;

/// <summary>Reads every page of an SCP list (<c>size</c>/<c>page</c> paging with a total <c>count</c>).</summary>
public static class ScpPaging
{
    public const int DefaultPageSize = 100;

    /// <summary>Stops a server that ignores <c>page</c> from keeping us reading forever.</summary>
    public const int MaxPages = 10_000;

    /// <summary>
    /// Fetches pages 0, 1, ... until <paramref name="totalCount"/> items were seen, a page comes
    /// back short or empty. Returns the items of all pages in order.
    /// </summary>
    public static async Task<IReadOnlyList<TItem>> ReadAllAsync<TPage, TItem>(
        Func<int, int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>> items,
        Func<TPage, int> totalCount,
        CancellationToken cancellationToken,
        int pageSize = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var all = new List<TItem>();
        for (var page = 0; page < MaxPages; page++)
        {
            var answer = await fetchPage(page, pageSize, cancellationToken).ConfigureAwait(false);
            var pageItems = items(answer);
            all.AddRange(pageItems);
            if (pageItems.Count < pageSize || all.Count >= totalCount(answer))
            {
                break;
            }
        }
        return all;
    }
}
