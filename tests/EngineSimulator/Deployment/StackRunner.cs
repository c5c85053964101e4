using Grpc.Core;
using System.Diagnostics;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// Runs one command the way the Pulumi CLI does: load program and state, load the provider,
/// CheckConfig → Configure, run the operation, save state (not for preview) and report.
/// </summary>
public static class StackRunner
{
    public static async Task<DeploymentResult> RunAsync(DeploymentCommand command, DeploymentOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var preview = command == DeploymentCommand.Preview;
        ProviderConnection? connection = null;
        try
        {
            var program = await YamlProgramParser.LoadAsync(options.ProgramPath, cancellationToken).ConfigureAwait(false);
            DependencyGraph.Build(program); // Cycles and bad references fail before anything is called.
            var config = StackConfig.Resolve(program, options.Config, options.SecretConfigKeys);
            var state = await StateFile.LoadAsync(options.ResolvedStatePath, cancellationToken).ConfigureAwait(false)
                ?? StackState.Empty(program.Name, options.Stack);
            connection = options.ProviderAddress is { } address
                ? await ProviderConnection.ConnectAsync(address, options.ProgramDirectory, cancellationToken).ConfigureAwait(false)
                : await ProviderConnection.StartPluginAsync(options.PluginPath, options.ProgramDirectory, PluginEnvironment(program, options, config), cancellationToken).ConfigureAwait(false);

            var configureError = await ConfigureAsync(connection, config.Provider, state.Resources.Count > 0 ? state.ProviderConfig : null, ProviderUrn(program.Name, options.Stack), cancellationToken).ConfigureAwait(false);
            if (configureError is not null)
            {
                return Result(command, options, preview, [], [configureError], PropertyMap.Empty, connection, clock);
            }

            await using var interrupt = EngineInterrupt.Watch(options.Interrupt, connection);
            var calls = new ResourceCalls(connection);
            var log = new StepLog(options.OnStep);
            using var workers = new WorkerPool(options.Parallel, options.OnStepHeldBack);
            var outcome = command switch
            {
                DeploymentCommand.Preview or DeploymentCommand.Up =>
                    await new UpdateOperation(program, state, config, calls, preview, workers, log) { Interrupt = options.Interrupt }.RunAsync(cancellationToken).ConfigureAwait(false),
                DeploymentCommand.Refresh => await new RefreshOperation(state, calls, workers, log).RunAsync(cancellationToken).ConfigureAwait(false),
                DeploymentCommand.Destroy => await new DestroyOperation(state, calls, preview: false, workers, log).RunAsync(cancellationToken).ConfigureAwait(false),
                DeploymentCommand.Import => await new ImportOperation(program, state, config, calls,
                    options.Import ?? throw new ArgumentException("import needs a type, a name and an id", nameof(options)), log).RunAsync(cancellationToken).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
            };

            var errors = outcome.Errors.ToList();
            if (command == DeploymentCommand.Refresh && options.ExpectNoChanges && outcome.Steps.Any(step => step.Drifted))
            {
                errors.Add("refresh found changes made outside the program (--expect-no-changes)");
            }

            if (!preview)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ResolvedStatePath))!);
                await StateFile.SaveAsync(options.ResolvedStatePath, outcome.State with { ProviderConfig = config.Provider.ToPropertyMap() }, cancellationToken).ConfigureAwait(false);
            }

            return Result(command, options, preview, outcome.Steps, errors, outcome.Outputs, connection, clock);
        }
        catch (Exception ex) when (ex is ProgramException or ProviderCallException or RpcException or HttpRequestException or IOException or InvalidOperationException or TimeoutException)
        {
            var message = ex is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : ex.Message;
            return Result(command, options, preview, [], [message], PropertyMap.Empty, connection, clock);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Result(command, options, preview, [], ["interrupted; the state file was not updated"], PropertyMap.Empty, connection, clock);
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public static string ProviderUrn(string project, string stack) => $"urn:pulumi:{stack}::{project}::pulumi:providers:scpgateway::default";

    /// <param name="oldConfig">The config in state when the provider is already there; the engine then calls DiffConfig.</param>
    private static async Task<string?> ConfigureAsync(ProviderConnection connection, ProviderConfig config, PropertyMap? oldConfig, string urn, CancellationToken cancellationToken)
    {
        try
        {
            var check = await connection.CallAsync<CheckRequest, CheckResponse>(ResourceProviderMethods.CheckConfig, config.CheckRequest(urn), cancellationToken).ConfigureAwait(false);
            if (check.Failures.Count > 0)
            {
                return $"provider configuration is invalid: {CheckFailures.Describe(check.Failures)}";
            }

            var inputs = StructConverter.ToPropertyMap(check.Inputs);
            if (oldConfig is not null)
            {
                await DiffConfigAsync(connection, oldConfig, inputs, urn, cancellationToken).ConfigureAwait(false);
            }

            await connection.CallAsync<ConfigureRequest, ConfigureResponse>(ResourceProviderMethods.Configure, config.ConfigureRequest(inputs, urn), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (RpcException ex)
        {
            return $"configuring the provider failed: {ex.StatusCode}: {ex.Status.Detail}";
        }
    }

    // The engine only shows this diff (a provider replacement would replace every resource; not simulated).
    private static async Task DiffConfigAsync(ProviderConnection connection, PropertyMap olds, PropertyMap news, string urn, CancellationToken cancellationToken)
    {
        var request = new DiffRequest
        {
            Urn = urn,
            Olds = StructConverter.ToStruct(olds),
            OldInputs = StructConverter.ToStruct(olds),
            News = StructConverter.ToStruct(news),
        };
        try
        {
            await connection.CallAsync<DiffRequest, DiffResponse>(ResourceProviderMethods.DiffConfig, request, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            // Providers without DiffConfig get the engine's own comparison; nothing to call.
        }
    }

    // The engine passes the package's config to the plugin as PULUMI_CONFIG (bare keys, string values).
    private static Dictionary<string, string?> PluginEnvironment(YamlProgram program, DeploymentOptions options, StackConfig config)
    {
        var environment = new Dictionary<string, string?>(options.PluginEnvironment)
        {
            ["PULUMI_PROJECT"] = program.Name,
            ["PULUMI_CONFIG"] = PropertyJson.Serialize(PropertyValue.FromObject(config.Provider.ToPropertyMap().UnwrapSecrets())),
        };
        // The simulator's stacks keep the plugin's state with theirs, never in the user's ~/.pulumi.
        environment.TryAdd(PluginProcess.StateDirectoryVariable, options.PluginStateDirectory);
        return environment;
    }

    private static DeploymentResult Result(
        DeploymentCommand command, DeploymentOptions options, bool preview, IReadOnlyList<StepResult> steps, IReadOnlyList<string> errors,
        PropertyMap outputs, ProviderConnection? connection, Stopwatch clock) =>
        new(command.ToString().ToLowerInvariant(), options.Stack, preview, steps, errors, outputs, connection?.Engine.Logs ?? [], clock.Elapsed);
}
