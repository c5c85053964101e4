using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

/// <summary>One call the fake provider received.</summary>
public sealed record FakeCall(string Method, string Name, bool Preview, IMessage Request);

/// <summary>
/// An in-memory provider served over real HTTP/2 with Grpc.AspNetCore (<see cref="LoopbackGrpcServer"/>), so the
/// runner is exercised end to end while the real resources are not written yet. Types:
/// <c>scpgateway:index:Api</c> (<c>name</c> replaces, <c>description</c> updates, outputs <c>apiId</c>,
/// secret output <c>token</c>; <c>failAfterCreate: true</c> fails half-way) and
/// <c>scpgateway:index:Stage</c> (<c>apiId</c> and <c>stageName</c> replace, the latter delete-before-replace).
/// Function <c>scpgateway:index:getGreeting</c> returns <c>{greeting: "hello &lt;name&gt;"}</c>.
/// </summary>
public sealed class FakeProvider : IAsyncDisposable
{
    public const string Api = "scpgateway:index:Api";
    public const string Stage = "scpgateway:index:Stage";

    private readonly Service service;
    private LoopbackGrpcServer? server;
    private readonly Lock gate = new();
    private readonly List<FakeCall> calls = [];
    private readonly Dictionary<string, (PropertyMap Inputs, PropertyMap Outputs)> store = new(StringComparer.Ordinal);
    private EngineLogClient? engineLog;
    private int nextId;

    private FakeProvider() => service = new Service(this);

    public string Address => server!.Address;

    /// <summary>Runs inside every non-preview Create before it answers (e.g. a barrier).</summary>
    public Func<CreateRequest, Task>? BeforeCreate { get; set; }

    /// <summary>Runs before each Delete is carried out (tests hold deletes here to see them overlap).</summary>
    public Func<DeleteRequest, Task>? BeforeDelete { get; set; }

    public IReadOnlyList<FakeCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    public IReadOnlyCollection<string> Ids
    {
        get
        {
            lock (gate)
            {
                return [.. store.Keys];
            }
        }
    }

    public static async Task<FakeProvider> StartAsync()
    {
        var provider = new FakeProvider();
        provider.server = await LoopbackGrpcServer.StartAsync([GrpcServiceRegistration.Of(provider.service)]);
        return provider;
    }

    public IEnumerable<FakeCall> CallsOf(string method) => Calls.Where(call => call.Method == method);

    /// <summary>Changes a resource "outside Pulumi", for drift.</summary>
    public void Modify(string id, string key, PropertyValue value)
    {
        lock (gate)
        {
            var (inputs, outputs) = store[id];
            store[id] = (inputs.With(key, value), outputs.With(key, value));
        }
    }

    public void Remove(string id)
    {
        lock (gate)
        {
            store.Remove(id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        engineLog?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private TResponse Record<TResponse>(string method, string name, bool preview, IMessage request, TResponse response)
    {
        lock (gate)
        {
            calls.Add(new FakeCall(method, name, preview, request));
        }

        return response;
    }

    private Task<ProviderHandshakeResponse> HandshakeAsync(ProviderHandshakeRequest request, ServerCallContext context)
    {
        engineLog = new EngineLogClient(request.EngineAddress, TextWriter.Null);
        return Task.FromResult(Record("Handshake", "", false, request, new ProviderHandshakeResponse { AcceptSecrets = true, AcceptResources = true }));
    }

    private Task<CheckResponse> CheckAsync(CheckRequest request, ServerCallContext context)
    {
        var news = StructConverter.ToPropertyMap(request.News);
        var response = new CheckResponse();
        if (request.Type == Api && !news.ContainsKey("name"))
        {
            // Autoname from the seed, so a stable seed gives a stable name.
            news = news.With("name", $"{request.Name}-{Convert.ToHexStringLower(request.RandomSeed.Span[..4])}");
        }

        if (news.TryGetValue("name", out var name) && name.Kind == PropertyValueKind.String && name.AsString.Contains(' ', StringComparison.Ordinal))
        {
            response.Failures.Add(new CheckFailure { Property = "name", Reason = "must not contain spaces" });
        }

        if (request.Type == Stage && !news.ContainsKey("apiId"))
        {
            response.Failures.Add(new CheckFailure { Property = "apiId", Reason = "is required" });
        }

        response.Inputs = StructConverter.ToStruct(news);
        return Task.FromResult(Record("Check", request.Name, false, request, response));
    }

    private Task<DiffResponse> DiffAsync(DiffRequest request, ServerCallContext context)
    {
        var olds = StructConverter.ToPropertyMap(request.OldInputs);
        var news = StructConverter.ToPropertyMap(request.News);
        var response = new DiffResponse { HasDetailedDiff = true };
        foreach (var key in olds.Keys.Union(news.Keys).Where(key => !request.IgnoreChanges.Contains(key)))
        {
            var before = olds.TryGetValue(key, out var o) ? o : null;
            var after = news.TryGetValue(key, out var n) ? n : null;
            if (Equals(before, after))
            {
                continue;
            }

            var replaces = key is "name" or "apiId" or "stageName";
            response.Diffs.Add(key);
            if (replaces)
            {
                response.Replaces.Add(key);
            }

            var kind = (before, after, replaces) switch
            {
                (null, _, false) => PropertyDiff.Types.Kind.Add,
                (_, null, false) => PropertyDiff.Types.Kind.Delete,
                (_, _, false) => PropertyDiff.Types.Kind.Update,
                _ => PropertyDiff.Types.Kind.UpdateReplace,
            };
            response.DetailedDiff.Add(key, new PropertyDiff { Kind = kind, InputDiff = true });
        }

        response.Changes = response.Diffs.Count > 0 ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone;
        response.DeleteBeforeReplace = response.Replaces.Contains("stageName");
        return Task.FromResult(Record("Diff", request.Name, false, request, response));
    }

    private async Task<CreateResponse> CreateAsync(CreateRequest request, ServerCallContext context)
    {
        var inputs = StructConverter.ToPropertyMap(request.Properties);
        if (request.Preview)
        {
            var planned = inputs.With("apiId", PropertyValue.Unknown);
            return Record("Create", request.Name, true, request, new CreateResponse { Properties = StructConverter.ToStruct(planned) });
        }

        if (engineLog is not null)
        {
            await engineLog.InfoAsync($"creating {request.Name}", request.Urn, ephemeral: true);
        }

        if (BeforeCreate is { } hook)
        {
            await hook(request);
        }

        var id = $"{request.Name}-{Interlocked.Increment(ref nextId)}";
        var outputs = Outputs(id, inputs);
        if (inputs.TryGetBool("failAfterCreate", out var fail) && fail)
        {
            var half = outputs.With("status", "Failed");
            Store(id, inputs, half);
            var detail = new ErrorResourceInitFailed { Id = id, Properties = StructConverter.ToStruct(half), Inputs = StructConverter.ToStruct(inputs) };
            detail.Reasons.Add("the API did not become Active");
            Record("Create", request.Name, false, request, new CreateResponse());
            // Worded as the plugin words it: the status text repeats the reasons.
            throw RpcErrors.WithDetails(StatusCode.Unknown, $"Resource {id} was left partly set up: the API did not become Active", detail);
        }

        Store(id, inputs, outputs);
        return Record("Create", request.Name, false, request, new CreateResponse { Id = id, Properties = StructConverter.ToStruct(outputs) });
    }

    private Task<ReadResponse> ReadAsync(ReadRequest request, ServerCallContext context)
    {
        var response = new ReadResponse();
        lock (gate)
        {
            if (store.TryGetValue(request.Id, out var found))
            {
                response.Id = request.Id;
                response.Properties = StructConverter.ToStruct(found.Outputs);
                response.Inputs = StructConverter.ToStruct(found.Inputs);
            }
        }

        return Task.FromResult(Record("Read", request.Name, false, request, response));
    }

    private async Task<UpdateResponse> UpdateAsync(UpdateRequest request, ServerCallContext context)
    {
        var news = StructConverter.ToPropertyMap(request.News);
        var outputs = Outputs(request.Id, news);
        if (!request.Preview)
        {
            Store(request.Id, news, outputs);
            if (engineLog is not null)
            {
                await engineLog.WarnAsync($"updated {request.Name} in place", request.Urn);
            }
        }

        return Record("Update", request.Name, request.Preview, request, new UpdateResponse { Properties = StructConverter.ToStruct(outputs) });
    }

    private async Task<Empty> DeleteAsync(DeleteRequest request, ServerCallContext context)
    {
        if (BeforeDelete is { } hook)
        {
            await hook(request);
        }

        Remove(request.Id);
        return Record("Delete", request.Name, false, request, new Empty());
    }

    private Task<InvokeResponse> InvokeAsync(InvokeRequest request, ServerCallContext context)
    {
        var args = StructConverter.ToPropertyMap(request.Args);
        var response = new InvokeResponse();
        if (request.Tok == "scpgateway:index:getGreeting" && args.TryGetString("name", out var name))
        {
            response.Return = StructConverter.ToStruct(PropertyMap.Empty.With("greeting", $"hello {name}"));
        }
        else
        {
            response.Failures.Add(new CheckFailure { Property = "name", Reason = "is required" });
        }

        return Task.FromResult(Record("Invoke", request.Tok, false, request, response));
    }

    private static PropertyMap Outputs(string id, PropertyMap inputs) =>
        inputs.With("apiId", id).With("status", "Active").With("token", PropertyValue.MakeSecret("tok-" + id));

    private void Store(string id, PropertyMap inputs, PropertyMap outputs)
    {
        lock (gate)
        {
            store[id] = (inputs, outputs);
        }
    }

    /// <summary>The generated ResourceProvider service, answered by the fake.</summary>
    private sealed class Service(FakeProvider fake) : ResourceProvider.ResourceProviderBase
    {
        public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context) => fake.HandshakeAsync(request, context);

        public override Task<CheckResponse> CheckConfig(CheckRequest request, ServerCallContext context) =>
            Task.FromResult(fake.Record("CheckConfig", "", false, request, new CheckResponse { Inputs = request.News }));

        public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context) =>
            Task.FromResult(fake.Record("Configure", "", false, request, new ConfigureResponse { AcceptSecrets = true, SupportsPreview = true }));

        // Like the plugin: a changed region replaces the provider; nothing else matters here.
        public override Task<DiffResponse> DiffConfig(DiffRequest request, ServerCallContext context)
        {
            var region = (StructConverter.ToPropertyMap(request.Olds).GetValueOrDefault("region"), StructConverter.ToPropertyMap(request.News).GetValueOrDefault("region"));
            var response = Equals(region.Item1, region.Item2)
                ? new DiffResponse { Changes = DiffResponse.Types.DiffChanges.DiffNone }
                : new DiffResponse { Changes = DiffResponse.Types.DiffChanges.DiffSome, Replaces = { "region" } };
            return Task.FromResult(fake.Record("DiffConfig", "", false, request, response));
        }

        public override Task<CheckResponse> Check(CheckRequest request, ServerCallContext context) => fake.CheckAsync(request, context);

        public override Task<DiffResponse> Diff(DiffRequest request, ServerCallContext context) => fake.DiffAsync(request, context);

        public override Task<CreateResponse> Create(CreateRequest request, ServerCallContext context) => fake.CreateAsync(request, context);

        public override Task<ReadResponse> Read(ReadRequest request, ServerCallContext context) => fake.ReadAsync(request, context);

        public override Task<UpdateResponse> Update(UpdateRequest request, ServerCallContext context) => fake.UpdateAsync(request, context);

        public override Task<Empty> Delete(DeleteRequest request, ServerCallContext context) => fake.DeleteAsync(request, context);

        public override Task<InvokeResponse> Invoke(InvokeRequest request, ServerCallContext context) => fake.InvokeAsync(request, context);
    }
}
