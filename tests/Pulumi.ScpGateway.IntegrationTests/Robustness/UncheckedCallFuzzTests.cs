using Pulumi.ScpGateway.EngineSimulator;
using Google.Protobuf;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// Calls the engine would only make with checked inputs, made with fuzzed ones straight off the
/// wire (Create, Update and Read with odd ids and property maps), and Invoke of every function
/// with fuzzed arguments: each answers, or fails with INVALID_ARGUMENT or UNKNOWN (SCP's refusal)
/// and a clear message, and the plugin keeps serving.
/// </summary>
public sealed class UncheckedCallFuzzTests(FuzzWorld world) : IClassFixture<FuzzWorld>
{
    private static readonly StatusCode[] Refusals = [StatusCode.InvalidArgument, StatusCode.Unknown];

    private static readonly string[] OddIds = ["", "/", "//", "a/b/c/d/e/f", "../..", "%2F", "名前", " ", "?x=1", "#", new string('9', 5000)];

    public static TheoryData<string> ResourceTypes => CheckDiffFuzzTests.ResourceTypes;

    public static TheoryData<string> Functions => [.. PackageCatalog.Create().FunctionTokens.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public async Task Create_update_and_read_with_unchecked_inputs_answer_or_fail_clearly(string token)
    {
        var shape = world.Package.Resource(token);
        var run = new FuzzRun("unchecked", token, 40);
        for (var i = 0; i < run.Cases; i++)
        {
            var random = new Random(run.SeedOf(i));
            var fuzzer = new InputFuzzer(world.Package, world.Hints, random);
            var (news, olds) = (fuzzer.Next(shape), fuzzer.Next(shape));
            var id = random.Next(2) == 0 ? OddIds[random.Next(OddIds.Length)] : string.Join("/", world.Hints["apiId"].Take(random.Next(1, 3)));
            var (requests, preview) = (CheckDiffFuzzTests.Fuzzed(token), random.Next(2) == 0);
            var calls = new (string Call, Func<Task<RpcException?>> Send)[]
            {
                (preview ? "Create preview" : "Create", () => ErrorOf<CreateRequest, CreateResponse>(ResourceProviderMethods.Create, requests.Create(news.Inputs, preview))),
                (preview ? "Update preview" : "Update", () => ErrorOf<UpdateRequest, UpdateResponse>(ResourceProviderMethods.Update, requests.Update(id, olds.Inputs, olds.Inputs, news.Inputs, preview))),
                ($"Read of '{AnswerRules.Shorten(id)}'", () => ErrorOf<ReadRequest, ReadResponse>(ResourceProviderMethods.Read, requests.Read(id, olds.Inputs, news.Inputs))),
            };
            foreach (var (call, send) in calls)
            {
                var error = await send();
                run.Report(i, news, call, error is null ? null : AnswerRules.ErrorProblem(error, Refusals));
            }
            await world.AssertStillServingAsync($"unchecked case {i} of {token} (seed {run.SeedOf(i)})");
        }
        run.AssertNoProblems();
    }

    private async Task<RpcException?> ErrorOf<TRequest, TResponse>(string method, TRequest request)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new() =>
        (await world.TryCallAsync<TRequest, TResponse>(method, request)).Error;

    [Theory]
    [MemberData(nameof(Functions))]
    public async Task Invoke_with_fuzzed_arguments_answers_failures_naming_arguments_or_a_clear_error(string token)
    {
        var shape = world.Package.Function(token);
        var run = new FuzzRun("invoke", token, 40);
        for (var i = 0; i < run.Cases; i++)
        {
            var fuzzer = new InputFuzzer(world.Package, world.Hints, new Random(run.SeedOf(i)));
            var args = fuzzer.Next(shape);
            var (reply, error) = await world.TryCallAsync<InvokeRequest, InvokeResponse>(ResourceProviderMethods.Invoke, new InvokeRequest { Tok = token, Args = args.Inputs });
            run.Report(i, args, "Invoke", reply is null
                ? AnswerRules.ErrorProblem(error!, Refusals)
                : reply.Failures.Select(failure => AnswerRules.FailureProblem(failure.Property, failure.Reason, shape, args.Inputs.Fields.Keys)).FirstOrDefault(problem => problem is not null));
            await world.AssertStillServingAsync($"invoke case {i} of {token} (seed {run.SeedOf(i)})");
        }
        run.AssertNoProblems();
    }
}
