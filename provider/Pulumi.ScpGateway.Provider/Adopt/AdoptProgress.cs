namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// What adopt tells the user while it reads (on stderr, so stdout stays clean): what is being read,
/// counts per type, and at the end what was skipped and why and which deployments were left out.
/// </summary>
public sealed class AdoptProgress(TextWriter output)
{
    private readonly Lock _lock = new();
    private readonly List<string> _skipped = [];
    private readonly List<string> _notAdopted = [];

    public IReadOnlyList<string> SkippedItems
    {
        get
        {
            lock (_lock)
            {
                return [.. _skipped];
            }
        }
    }

    public IReadOnlyList<string> NotAdoptedItems
    {
        get
        {
            lock (_lock)
            {
                return [.. _notAdopted];
            }
        }
    }

    public void Line(string text)
    {
        lock (_lock)
        {
            output.WriteLine(text);
        }
    }

    public void Skipped(string what)
    {
        lock (_lock)
        {
            _skipped.Add(what);
            output.WriteLine($"  skipped: {what}");
        }
    }

    public void NotAdopted(string what)
    {
        lock (_lock)
        {
            _notAdopted.Add(what);
        }
    }

    public void Counts(string label, IReadOnlyList<FoundObject> objects) =>
        Line($"  {label}: {Count(objects)}");

    /// <summary>"1 Api, 3 Resource, 5 Method", types in the programs' declaration order.</summary>
    public static string Count(IReadOnlyList<FoundObject> objects) =>
        objects.Count == 0
            ? "nothing"
            : string.Join(", ", objects.GroupBy(o => o.Type, StringComparer.Ordinal)
                .OrderBy(group => Array.IndexOf(AdoptProgramBuilder.TypeOrder, group.Key))
                .Select(group => $"{group.Count()} {group.Key}"));
}
