using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The <c>pulumirpc.ResourceProvider</c> service: one method per RPC, all registered in
/// <see cref="Register"/>. RPCs not served yet answer UNIMPLEMENTED, which the engine expects
/// from providers that lack a method.
/// </summary>
public sealed partial class ResourceProviderService : IDisposable
{
    private readonly EngineLogClient engineLog;
    private readonly ServerCancellation cancellation;
    private readonly IProviderPackage package;
    private readonly ResourceRegistry registry;
    private readonly Lazy<string> schemaJson;

    public ResourceProviderService(EngineLogClient engineLog, ServerCancellation cancellation, IProviderPackage package)
    {
        this.engineLog = engineLog ?? throw new ArgumentNullException(nameof(engineLog));
        this.cancellation = cancellation ?? throw new ArgumentNullException(nameof(cancellation));
        this.package = package ?? throw new ArgumentNullException(nameof(package));
        registry = package.Registry;
        // Built on first GetSchema only: start-up stays cheap.
        schemaJson = new Lazy<string>(package.SchemaJson);
    }

    /// <summary>The plugin version GetPluginInfo reports, e.g. "0.1.0".</summary>
    public string Version => package.Version;

    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        methods
            .Add(ResourceProviderMethods.Handshake, ProviderHandshakeRequest.Parser, HandshakeAsync)
            .Add(ResourceProviderMethods.GetPluginInfo, Empty.Parser, GetPluginInfoAsync)
            .Add(ResourceProviderMethods.Attach, PluginAttach.Parser, AttachAsync)
            .Add(ResourceProviderMethods.Cancel, Empty.Parser, CancelAsync)
            .Add(ResourceProviderMethods.GetSchema, GetSchemaRequest.Parser, GetSchemaAsync)
            .Add(ResourceProviderMethods.CheckConfig, CheckRequest.Parser, CheckConfigAsync)
            .Add(ResourceProviderMethods.DiffConfig, DiffRequest.Parser, DiffConfigAsync)
            .Add(ResourceProviderMethods.Configure, ConfigureRequest.Parser, ConfigureAsync)
            .Add(ResourceProviderMethods.Invoke, InvokeRequest.Parser, InvokeAsync)
            .Add(ResourceProviderMethods.Check, CheckRequest.Parser, CheckAsync)
            .Add(ResourceProviderMethods.Diff, DiffRequest.Parser, DiffAsync)
            .Add(ResourceProviderMethods.Create, CreateRequest.Parser, CreateAsync)
            .Add(ResourceProviderMethods.Read, ReadRequest.Parser, ReadAsync)
            .Add(ResourceProviderMethods.Update, UpdateRequest.Parser, UpdateAsync)
            .Add(ResourceProviderMethods.Delete, DeleteRequest.Parser, DeleteAsync);

        // Features this provider does not offer. Their request bodies are never looked at, so
        // they are read as Empty (protobuf keeps the fields as unknown ones).
        foreach (var unsupported in new[]
                 {
                     ResourceProviderMethods.Parameterize, ResourceProviderMethods.Construct,
                     ResourceProviderMethods.Call, ResourceProviderMethods.StreamInvoke,
                     ResourceProviderMethods.GetMapping, ResourceProviderMethods.GetMappings,
                 })
        {
            methods.Add(unsupported, Empty.Parser, (Empty _, RpcContext context) => NotSupported(context));
        }
    }

    public async Task<ProviderHandshakeResponse> HandshakeAsync(ProviderHandshakeRequest request, RpcContext context)
    {
        if (!string.IsNullOrEmpty(request.EngineAddress))
        {
            engineLog.SetEngineAddress(request.EngineAddress);
        }

        await engineLog.DebugAsync($"{package.Name} {Version}: handshake accepted", cancellationToken: context.CancellationToken).ConfigureAwait(false);

        // Secrets, resource references and output values all arrive typed; the Values layer
        // unwraps each of them. Configure must answer the same flags.
        return new ProviderHandshakeResponse
        {
            AcceptSecrets = true,
            AcceptResources = true,
            AcceptOutputs = true,
            SupportsAutonamingConfiguration = true,
        };
    }

    public Task<PluginInfo> GetPluginInfoAsync(Empty request, RpcContext context) =>
        Task.FromResult(new PluginInfo { Version = Version });

    public Task<Empty> AttachAsync(PluginAttach request, RpcContext context)
    {
        engineLog.SetEngineAddress(request.Address);
        return Task.FromResult(new Empty());
    }

    /// <summary>The engine is shutting down: every in-flight operation's token fires.</summary>
    public Task<Empty> CancelAsync(Empty request, RpcContext context)
    {
        cancellation.CancelAll();
        return Task.FromResult(new Empty());
    }

    public Task<GetSchemaResponse> GetSchemaAsync(GetSchemaRequest request, RpcContext context) =>
        Task.FromResult(new GetSchemaResponse { Schema = schemaJson.Value });

    public Task<CheckResponse> CheckConfigAsync(CheckRequest request, RpcContext context)
    {
        var result = package.CheckConfig(StructConverter.ToPropertyMap(request.News));
        var response = new CheckResponse { Inputs = StructConverter.ToStruct(result.Inputs) };
        response.Failures.AddRange(ProviderRpcMapping.Failures(result.Failures));
        return Task.FromResult(response);
    }

    public Task<DiffResponse> DiffConfigAsync(DiffRequest request, RpcContext context)
    {
        var olds = StructConverter.ToPropertyMap(request.OldInputs ?? request.Olds);
        var news = StructConverter.ToPropertyMap(request.News);
        return Task.FromResult(ProviderRpcMapping.Diff(package.DiffConfig(olds, news)));
    }

    public async Task<ConfigureResponse> ConfigureAsync(ConfigureRequest request, RpcContext context)
    {
        var args = request.Args is null ? null : StructConverter.ToPropertyMap(request.Args);
        var result = await package.ConfigureAsync(args, request.Variables, context.CancellationToken).ConfigureAwait(false);
        if (result.MissingKeys.Count > 0)
        {
            throw ProviderRpcMapping.MissingKeys(result.MissingKeys);
        }
        if (result.Problems.Count > 0)
        {
            throw ProviderRpcMapping.InvalidConfig(package.Name, result.Problems);
        }
        if (result.Summary is { } summary)
        {
            await engineLog.DebugAsync($"{package.Name}: {summary}", cancellationToken: context.CancellationToken).ConfigureAwait(false);
        }
        else
        {
            // A preview whose config depends on resources not created yet: nothing can reach the cloud
            // until a later run knows the values, but Check and previews still work.
            await engineLog.DebugAsync($"{package.Name}: configuration not known yet ({string.Join(", ", result.UnknownKeys)}); calls that need it wait for a later run", cancellationToken: context.CancellationToken).ConfigureAwait(false);
        }

        // Must match what Handshake answered.
        return new ConfigureResponse
        {
            AcceptSecrets = true,
            SupportsPreview = true,
            AcceptResources = true,
            AcceptOutputs = true,
            SupportsAutonamingConfiguration = true,
        };
    }

    public void Dispose() => package.Dispose();

    private Task<Empty> NotSupported(RpcContext context) =>
        Task.FromException<Empty>(new RpcException(StatusCode.Unimplemented, $"{RpcName(context)} is not supported by the {package.Name} provider"));

    private static string RpcName(RpcContext context) => context.Method[(context.Method.LastIndexOf('/') + 1)..];
}
