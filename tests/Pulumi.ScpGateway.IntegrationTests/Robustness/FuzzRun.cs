using System.Globalization;
using System.Text;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// The cases of one fuzz test for one token: each case's <see cref="Random"/> is seeded from the
/// base seed, the test, the token and the case number, so a reported case reproduces alone.
/// <c>SCPGW_FUZZ_SEED</c> changes the base seed and <c>SCPGW_FUZZ_SCALE</c> multiplies the number of
/// cases, for longer runs outside <c>make test</c>.
/// </summary>
public sealed class FuzzRun(string test, string token, int standardCases)
{
    public const string SeedVariable = "SCPGW_FUZZ_SEED";
    public const string ScaleVariable = "SCPGW_FUZZ_SCALE";

    private readonly List<string> problems = [];
    private readonly SortedDictionary<string, int> reached = new(StringComparer.Ordinal);

    public static int BaseSeed => Setting(SeedVariable, 20240601);

    public int Cases { get; } = standardCases * Setting(ScaleVariable, 1);

    /// <summary>The seed of case <paramref name="index"/>: FNV-1a over the names, so it is the same in every process.</summary>
    public int SeedOf(int index)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{BaseSeed}/{test}/{token}/{index}"))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }

    public void Report(int index, FuzzCase fuzz, string call, string? problem)
    {
        if (problem is not null)
        {
            problems.Add($"case {index} (seed {SeedOf(index)}; {AnswerRules.Shorten(fuzz.Describe())}) {call}: {problem}");
        }
    }

    /// <summary>How many cases got how far, e.g. "Check of its own answer 61, created 9".</summary>
    public string Tally => string.Join(", ", reached.Select(entry => $"{entry.Key} {entry.Value}"));

    /// <summary>Notes that a case got as far as <paramref name="milestone"/>.</summary>
    public void Reached(string milestone) => reached[milestone] = reached.GetValueOrDefault(milestone) + 1;

    /// <summary>
    /// Fails when fewer than <paramref name="standardFloor"/> cases (per standard run, scaled with the
    /// cases) got as far as <paramref name="milestone"/>: the checks made there must have run, not been
    /// skipped by cases that all stopped earlier.
    /// </summary>
    public void AssertReached(string milestone, int standardFloor)
    {
        var floor = standardFloor * Setting(ScaleVariable, 1);
        var count = reached.GetValueOrDefault(milestone);
        Assert.True(count >= floor,
            $"only {count} of {Cases} cases of {test} for {token} reached '{milestone}' (at least {floor} must), base seed {BaseSeed}; reached: {Tally}");
    }

    public void AssertNoProblems() =>
        Assert.True(problems.Count == 0,
            $"{problems.Count} problem(s) in {Cases} cases of {test} for {token}, base seed {BaseSeed} ({SeedVariable}):\n"
            + string.Join("\n", problems.Take(25)));

    private static int Setting(string name, int standard) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : standard;
}
