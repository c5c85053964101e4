using System.Globalization;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>
/// <c>size</c> (default 20), <c>page</c> (from 0) and <c>sort</c> (<c>field:asc|desc</c>, default
/// <c>created_at:desc</c>) of list operations; <c>count</c> in the answer is the total before paging.
/// </summary>
public sealed record Paging(int Size, int Page, string SortField, bool Descending)
{
    public const int MaxSize = 10_000;

    public string SortText => $"{SortField}:{(Descending ? "desc" : "asc")}";

    public static Paging Parse(Call call)
    {
        var errors = new List<string>();
        var size = Number(call.Query("size"), "size", 20, 1, MaxSize, errors);
        var page = Number(call.Query("page"), "page", 0, 0, int.MaxValue, errors);
        var sortField = "created_at";
        var descending = true;
        if (call.Query("sort") is { Length: > 0 } sort)
        {
            var parts = sort.Split(':');
            if (parts.Length is 1 or 2 && parts[0] is "created_at" or "name" && (parts.Length == 1 || parts[1] is "asc" or "desc"))
            {
                sortField = parts[0];
                descending = parts.Length == 1 || parts[1] == "desc";
            }
            else
            {
                errors.Add($"sort: '{sort}' is not <field>:<asc|desc> with field created_at or name");
            }
        }

        return errors.Count > 0 ? throw new ScpException(400, errors) : new Paging(size, page, sortField, descending);
    }

    public (IReadOnlyList<T> Items, int Count) Apply<T>(IEnumerable<T> items)
        where T : State.StoredObject
    {
        var all = items.ToList();
        IOrderedEnumerable<T> ordered = SortField == "name"
            ? (Descending ? all.OrderByDescending(i => i.Name, StringComparer.Ordinal) : all.OrderBy(i => i.Name, StringComparer.Ordinal))
            : (Descending ? all.OrderByDescending(i => i.Sequence) : all.OrderBy(i => i.Sequence));
        var page = ordered.ThenBy(i => i.Sequence).Skip((int)Math.Min((long)Page * Size, int.MaxValue)).Take(Size).ToList();
        return (page, all.Count);
    }

    private static int Number(string? text, string name, int fallback, int min, int max, List<string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add($"{name}: '{text}' must be an integer in {min}..{max}");
        return fallback;
    }
}
