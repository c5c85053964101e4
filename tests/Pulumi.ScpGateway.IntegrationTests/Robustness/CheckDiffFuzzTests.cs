using Pulumi.ScpGateway.EngineSimulator;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// Seeded random and malformed property maps sent to Check and Diff of every resource of the real
/// plugin: each answer is a result, check failures naming properties, or INVALID_ARGUMENT with a
/// clear message, and the plugin serves the next call.
/// </summary>
public sealed class CheckDiffFuzzTests(FuzzWorld world) : IClassFixture<FuzzWorld>
{
    private const string CheckOfItsOwnAnswer = "Check of its own answer";
    private const string DiffOfEqualInputs = "Diff of equal inputs";

    // Floors on the cases whose Check passed, so that the checks made after it did run: of 150 and 100
    // cases, about half the fewest of any resource type on the default seed (Method: 21 and 41).
    private const int MinimumCheckOfItsOwnAnswer = 10;
    private const int MinimumDiffOfEqualInputs = 20;

    public static TheoryData<string> ResourceTypes => [.. PackageCatalog.Create().ResourceTokens.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public async Task Check_answers_failures_naming_properties_or_a_clear_error_and_accepts_its_own_answer(string token)
    {
        var shape = world.Package.Resource(token);
        var run = new FuzzRun("check", token, 150);
        for (var i = 0; i < run.Cases; i++)
        {
            var random = new Random(run.SeedOf(i));
            var fuzzer = new InputFuzzer(world.Package, world.Hints, random);
            var news = fuzzer.Next(shape);
            var olds = random.Next(3) == 0 ? fuzzer.Next(shape).Inputs : null;
            var (reply, error) = await CheckAsync(token, olds ?? new Struct(), news.Inputs, random);
            run.Report(i, news, "Check", reply is null ? AnswerRules.ErrorProblem(error!, StatusCode.InvalidArgument) : FailuresProblem(reply, shape, news.Inputs));
            if (reply is { Failures.Count: 0 } && olds is null)
            {
                // The engine sends these inputs back as olds on the next run: Check must accept and keep them.
                // (Fuzzed olds are left out: a name kept from them need not pass today's rules.)
                run.Reached(CheckOfItsOwnAnswer);
                var (again, againError) = await CheckAsync(token, reply.Inputs, reply.Inputs, random);
                run.Report(i, news, "Check of its own answer", againError is not null ? againError.ToString()
                    : again!.Failures.Count > 0 ? string.Join("; ", again.Failures.Select(f => $"{f.Property}: {f.Reason}"))
                    : !again.Inputs.Equals(reply.Inputs) ? $"inputs changed from {AnswerRules.Shorten(reply.Inputs.ToString())} to {AnswerRules.Shorten(again.Inputs.ToString())}"
                    : null);
            }
            await world.AssertStillServingAsync($"Check case {i} of {token} (seed {run.SeedOf(i)})");
        }
        run.AssertNoProblems();
        run.AssertReached(CheckOfItsOwnAnswer, MinimumCheckOfItsOwnAnswer);
    }

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public async Task Diff_answers_or_fails_clearly_and_finds_no_change_between_equal_checked_inputs(string token)
    {
        var shape = world.Package.Resource(token);
        var run = new FuzzRun("diff", token, 100);
        for (var i = 0; i < run.Cases; i++)
        {
            var random = new Random(run.SeedOf(i));
            var fuzzer = new InputFuzzer(world.Package, world.Hints, random);
            var (olds, news, oldInputs) = (fuzzer.Next(shape), fuzzer.Next(shape), fuzzer.Next(shape));
            var (reply, error) = await DiffAsync(token, olds.Inputs, news.Inputs, random.Next(2) == 0 ? oldInputs.Inputs : olds.Inputs);
            run.Report(i, news, "Diff", reply is null ? AnswerRules.ErrorProblem(error!, StatusCode.InvalidArgument) : null);

            var plausible = fuzzer.NextPlausible(shape);
            var (checkedInputs, _) = await CheckAsync(token, new Struct(), plausible.Inputs, random);
            if (checkedInputs is { Failures.Count: 0 })
            {
                run.Reached(DiffOfEqualInputs);
                var (same, sameError) = await DiffAsync(token, checkedInputs.Inputs, checkedInputs.Inputs, checkedInputs.Inputs);
                run.Report(i, plausible, "Diff of equal inputs", sameError?.ToString()
                    ?? (same!.Changes == DiffResponse.Types.DiffChanges.DiffNone ? null : $"reports changes to {string.Join(", ", same.DetailedDiff.Keys)}"));
            }
            await world.AssertStillServingAsync($"Diff case {i} of {token} (seed {run.SeedOf(i)})");
        }
        run.AssertNoProblems();
        run.AssertReached(DiffOfEqualInputs, MinimumDiffOfEqualInputs);
    }

    private static string? FailuresProblem(CheckResponse reply, InputShape shape, Struct news) =>
        reply.Failures.Select(failure => AnswerRules.FailureProblem(failure.Property, failure.Reason, shape, news.Fields.Keys)).FirstOrDefault(problem => problem is not null);

    private Task<(CheckResponse? Reply, RpcException? Error)> CheckAsync(string token, Struct olds, Struct news, Random random) =>
        world.TryCallAsync<CheckRequest, CheckResponse>(ResourceProviderMethods.Check, Fuzzed(token).Check(olds, news, EngineRequests.RandomSeed(random)));

    private Task<(DiffResponse? Reply, RpcException? Error)> DiffAsync(string token, Struct olds, Struct news, Struct oldInputs) =>
        world.TryCallAsync<DiffRequest, DiffResponse>(ResourceProviderMethods.Diff, Fuzzed(token).Diff("fuzzed-id", olds, oldInputs, news));

    /// <summary>The requests for the one resource of type <paramref name="token"/> the fuzz tests talk about.</summary>
    internal static EngineRequests Fuzzed(string token) => new(token, "fuzzed");
}
