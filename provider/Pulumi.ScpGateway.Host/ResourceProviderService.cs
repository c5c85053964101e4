using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The <c>pulumirpc.ResourceProvider</c> service: protobuf in, the package's answer out. Every call
/// runs under a token that fires on its deadline, when its caller goes away, and on the engine's
/// Cancel (<see cref="ServerCancellation"/>). RPCs not offered answer UNIMPLEMENTED, which the engine
/// expects from providers that lack a method.
/// </summary>
public sealed partial class ResourceProviderService : ResourceProvider.ResourceProviderBase, IDisposable
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

    public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
    {
        if (!string.IsNullOrEmpty(request.EngineAddress))
        {
            engineLog.SetEngineAddress(request.EngineAddress);
        }

        await engineLog.DebugAsync($"{package.Name} {Version}: handshake accepted", cancellationToken: cancellationToken).ConfigureAwait(false);

        // Secrets, resource references and output values all arrive typed; the Values layer
        // unwraps each of them. Configure must answer the same flags.
        return new ProviderHandshakeResponse
        {
            AcceptSecrets = true,
            AcceptResources = true,
            AcceptOutputs = true,
            SupportsAutonamingConfiguration = true,
        };
    });

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = Version });

    public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
    {
        engineLog.SetEngineAddress(request.Address);
        return Task.FromResult(new Empty());
    }

    /// <summary>The engine is shutting down: every in-flight operation's token fires.</summary>
    public override Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        cancellation.CancelAll();
        return Task.FromResult(new Empty());
    }

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context) => Serve(context, _ =>
        Task.FromResult(new GetSchemaResponse { Schema = schemaJson.Value }));

    public override Task<CheckResponse> CheckConfig(CheckRequest request, ServerCallContext context) => Serve(context, _ =>
    {
        var result = package.CheckConfig(StructConverter.ToPropertyMap(request.News));
        var response = new CheckResponse { Inputs = StructConverter.ToStruct(result.Inputs) };
        response.Failures.AddRange(ProviderRpcMapping.Failures(result.Failures));
        return Task.FromResult(response);
    });

    public override Task<DiffResponse> DiffConfig(DiffRequest request, ServerCallContext context) => Serve(context, _ =>
    {
        var olds = StructConverter.ToPropertyMap(request.OldInputs ?? request.Olds);
        var news = StructConverter.ToPropertyMap(request.News);
        return Task.FromResult(ProviderRpcMapping.Diff(package.DiffConfig(olds, news)));
    });

    public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
    {
        var args = request.Args is null ? null : StructConverter.ToPropertyMap(request.Args);
        var result = await package.ConfigureAsync(args, request.Variables, cancellationToken).ConfigureAwait(false);
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
            await engineLog.DebugAsync($"{package.Name}: {summary}", cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // A preview whose config depends on resources not created yet: nothing can reach the cloud
            // until a later run knows the values, but Check and previews still work.
            await engineLog.DebugAsync($"{package.Name}: configuration not known yet ({string.Join(", ", result.UnknownKeys)}); calls that need it wait for a later run", cancellationToken: cancellationToken).ConfigureAwait(false);
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
    });

    // Features this provider does not offer; their request bodies are never looked at.
    public override Task<Empty> Parameterize(Empty request, ServerCallContext context) => NotSupported(context);

    public override Task<Empty> Construct(Empty request, ServerCallContext context) => NotSupported(context);

    public override Task<Empty> Call(Empty request, ServerCallContext context) => NotSupported(context);

    public override Task<Empty> GetMapping(Empty request, ServerCallContext context) => NotSupported(context);

    public override Task<Empty> GetMappings(Empty request, ServerCallContext context) => NotSupported(context);

    public void Dispose() => package.Dispose();

    private Task<Empty> NotSupported(ServerCallContext context) =>
        Task.FromException<Empty>(RpcErrors.Of(StatusCode.Unimplemented, $"{RpcName(context)} is not supported by the {package.Name} provider"));

    private static string RpcName(ServerCallContext context) => context.Method[(context.Method.LastIndexOf('/') + 1)..];
}
