using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// How a stack's state and SCP's contents differ. Orphans: objects SCP holds that no state entry
/// names (left behind, or made twice). Duplicates: one SCP object recorded twice, or two SCP objects
/// with the same unique key. Lost: state entries whose object SCP does not have.
/// </summary>
public sealed record Convergence(IReadOnlyList<string> Orphans, IReadOnlyList<string> Duplicates, IReadOnlyList<string> Lost)
{
    public bool Converged => Orphans.Count == 0 && Duplicates.Count == 0 && Lost.Count == 0;

    public static Convergence Of(StackState state, IReadOnlyList<ScpObject> scp)
    {
        var entries = state.Resources.Select(resource => (Type: ShortType(resource.Type), resource.Id, resource.Name)).ToList();
        var orphans = new List<string>();
        var duplicates = new List<string>();
        foreach (var scpObject in scp)
        {
            var recordedAs = entries.Where(entry => entry.Type == scpObject.Type && scpObject.Answers(entry.Id)).ToList();
            if (recordedAs.Count == 0)
            {
                orphans.Add(scpObject.ToString());
            }
            else if (recordedAs.Count > 1)
            {
                duplicates.Add($"{scpObject} is in state {recordedAs.Count} times ({string.Join(", ", recordedAs.Select(entry => entry.Name))})");
            }
        }

        duplicates.AddRange(scp.GroupBy(scpObject => scpObject.UniqueKey).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key} exists {group.Count()} times"));
        var lost = entries.Where(entry => !scp.Any(scpObject => scpObject.Type == entry.Type && scpObject.Answers(entry.Id)))
            .Select(entry => $"{entry.Type} {entry.Name} ({entry.Id})").ToList();
        return new Convergence(orphans, duplicates, lost);
    }

    public override string ToString() =>
        $"{Orphans.Count} orphans, {Duplicates.Count} duplicates, {Lost.Count} lost"
        + string.Concat(Orphans.Select(o => $"\n  orphan: {o}"))
        + string.Concat(Duplicates.Select(d => $"\n  duplicate: {d}"))
        + string.Concat(Lost.Select(l => $"\n  lost: {l}"));

    private static string ShortType(string token) => token[(token.LastIndexOf(':') + 1)..];
}
