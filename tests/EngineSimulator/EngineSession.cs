using Grpc.Core;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator;

public sealed class EngineSessionOptions
{
    /// <summary>Extra environment for the plugin (e.g. PULUMI_CONFIG); null values remove a variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The program directory the engine reports in Handshake.</summary>
    public string ProgramDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Plugin executable; defaults to <see cref="PluginBinary.Find"/>.</summary>
    public string? Binary { get; init; }
}

/// <summary>CheckConfig's failures, or Configure's response when there were none.</summary>
public sealed record ConfigureOutcome(IReadOnlyList<CheckFailure> Failures, ConfigureResponse? Response);

/// <summary>
/// One plugin load as the engine performs it: engine service up, plugin started with its address,
/// Handshake (retried while UNAVAILABLE, as the engine does) then GetPluginInfo. Later phases
/// (CheckConfig, Configure, resource calls) are driven through <see cref="CallAsync{TRequest,TResponse}"/>.
/// </summary>
public sealed class EngineSession : IAsyncDisposable
{
    private static readonly TimeSpan HandshakeRetryWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan HandshakeRetryPause = TimeSpan.FromMilliseconds(50);

    private EngineSession(EngineService engine, PluginProcess plugin, ProviderClient provider)
    {
        Engine = engine;
        Plugin = plugin;
        Provider = provider;
    }

    public EngineService Engine { get; }

    public PluginProcess Plugin { get; }

    public ProviderClient Provider { get; }

    public ProviderHandshakeResponse Handshake { get; private set; } = new();

    public PluginInfo PluginInfo { get; private set; } = new();

    public static async Task<EngineSession> StartAsync(EngineSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EngineSessionOptions();
        var engine = await EngineService.StartAsync(cancellationToken).ConfigureAwait(false);
        PluginProcess? plugin = null;
        try
        {
            plugin = await PluginProcess.StartAsync([engine.Address], options.Environment, options.Binary).ConfigureAwait(false);
            var session = new EngineSession(engine, plugin, new ProviderClient(plugin.Address));
            await session.LoadAsync(options, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            if (plugin is not null)
            {
                await plugin.DisposeAsync().ConfigureAwait(false);
            }

            await engine.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest request, TimeSpan? deadline = null, CancellationToken cancellationToken = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new() =>
        Provider.CallAsync<TRequest, TResponse>(method, request, deadline, cancellationToken);

    /// <summary>The default provider's URN, as the engine names it in CheckConfig and Configure.</summary>
    public const string ProviderUrn = "urn:pulumi:test::simulated::pulumi:providers:scpgateway::default";

    /// <summary>CheckConfig then, when it has no failures, Configure with what it returned (the engine's order).</summary>
    public async Task<ConfigureOutcome> ConfigureAsync(ProviderConfig config, CancellationToken cancellationToken = default)
    {
        var checkedConfig = await CallAsync<CheckRequest, CheckResponse>(
            ResourceProviderMethods.CheckConfig, config.CheckRequest(ProviderUrn), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (checkedConfig.Failures.Count > 0)
        {
            return new ConfigureOutcome(checkedConfig.Failures.ToList(), null);
        }
        var inputs = StructConverter.ToPropertyMap(checkedConfig.Inputs);
        var response = await CallAsync<ConfigureRequest, ConfigureResponse>(
            ResourceProviderMethods.Configure, config.ConfigureRequest(inputs, ProviderUrn), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ConfigureOutcome([], response);
    }

    /// <summary>The engine's shutdown: Cancel, then SIGINT; returns the plugin's exit code.</summary>
    public async Task<int> ShutdownAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await Provider.Rpc.CancelAsync(new Empty(), cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        return await Plugin.StopAsync(timeout).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Provider.Dispose();
        await Plugin.DisposeAsync().ConfigureAwait(false);
        await Engine.DisposeAsync().ConfigureAwait(false);
    }

    private async Task LoadAsync(EngineSessionOptions options, CancellationToken cancellationToken)
    {
        var request = new ProviderHandshakeRequest
        {
            EngineAddress = Engine.Address,
            RootDirectory = Path.GetDirectoryName(options.Binary ?? PluginBinary.Find()) ?? string.Empty,
            ProgramDirectory = options.ProgramDirectory,
            ConfigureWithUrn = true,
            SupportsRefreshBeforeUpdate = true,
            InvokeWithPreview = true,
        };

        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(HandshakeRetryWindow);
        while (true)
        {
            try
            {
                Handshake = await Provider.Rpc.HandshakeAsync(request, cancellationToken: window.Token).ResponseAsync.ConfigureAwait(false);
                break;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
            {
                break; // Old providers: the engine carries on with Configure's flags.
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is RpcException { StatusCode: StatusCode.Unavailable })
            {
                // Readiness probe: the engine retries, with a pause, while the plugin is not serving yet.
                await Task.Delay(HandshakeRetryPause, window.Token).ConfigureAwait(false);
            }
        }

        PluginInfo = await Provider.Rpc.GetPluginInfoAsync(new Empty(), cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
    }
}
