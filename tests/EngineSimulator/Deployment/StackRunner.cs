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
        ProviderConnection? oldConnection = null;
        YamlProgram? program = null;
        try
        {
            program = await YamlProgramParser.LoadAsync(options.ProgramPath, cancellationToken).ConfigureAwait(false);
            DependencyGraph.Build(program); // Cycles and bad references fail before anything is called.
            var config = StackConfig.Resolve(program, options.Config, options.SecretConfigKeys);
            var state = await StateFile.LoadAsync(options.ResolvedStatePath, cancellationToken).ConfigureAwait(false)
                ?? StackState.Empty(program.Name, options.Stack);
            connection = await ConnectAsync(options, program, config.Provider.ToPropertyMap(), cancellationToken).ConfigureAwait(false);
            connection.Engine.OnLog = options.OnLog;

            var urn = ProviderUrn(program.Name, options.Stack);
            var configured = await ConfigureAsync(connection, config.Provider, state.Resources.Count > 0 ? state.ProviderConfig : null, urn, cancellationToken).ConfigureAwait(false);
            if (configured.Error is { } configureError)
            {
                return Result(command, options, preview, [], [configureError], PropertyMap.Empty, connection, clock);
            }

            await using var interrupt = EngineInterrupt.Watch(options.Interrupt, connection);
            var calls = new ResourceCalls(connection);
            var log = new StepLog(options.OnStep);
            using var workers = new WorkerPool(options.Parallel, options.OnStepHeldBack);
            // After a provider replacement the old resources are deleted by a provider with the old
            // config (their region), as the engine does; a given provider address serves both.
            var deleteCalls = calls;
            if (configured.Replaced && !preview && command == DeploymentCommand.Up && options.ProviderAddress is null)
            {
                oldConnection = await ConnectAsync(options, program, state.ProviderConfig, cancellationToken).ConfigureAwait(false);
                var old = await ConfigureAsync(oldConnection, ProviderConfig.From(state.ProviderConfig), null, urn, cancellationToken).ConfigureAwait(false);
                if (old.Error is { } oldError)
                {
                    return Result(command, options, preview, [], [$"the provider with the stack's previous config: {oldError}"], PropertyMap.Empty, connection, clock);
                }

                deleteCalls = new ResourceCalls(oldConnection);
            }

            if (options.Refresh && command is DeploymentCommand.Preview or DeploymentCommand.Up)
            {
                // `--refresh`: read every resource first; the update then starts from what the cloud holds.
                var refreshed = await new RefreshOperation(state, calls, workers, log).RunAsync(cancellationToken).ConfigureAwait(false);
                state = refreshed.State;
            }

            var outcome = command switch
            {
                DeploymentCommand.Preview or DeploymentCommand.Up =>
                    await new UpdateOperation(program, state, config, calls, preview, workers, log)
                    {
                        Interrupt = options.Interrupt,
                        ProviderReplacement = configured.Replaced ? configured.Changes : null,
                        DeleteCalls = deleteCalls,
                        OnStarted = options.OnStepStarted,
                    }.RunAsync(cancellationToken).ConfigureAwait(false),
                DeploymentCommand.Refresh => await new RefreshOperation(state, calls, workers, log).RunAsync(cancellationToken).ConfigureAwait(false),
                DeploymentCommand.Destroy => await new DestroyOperation(state, calls, preview: false, workers, log).RunAsync(cancellationToken).ConfigureAwait(false),
                DeploymentCommand.Import => await new ImportOperation(program, state, config, calls,
                    options.Import ?? throw new ArgumentException("import needs a type, a name and an id", nameof(options)), log).RunAsync(cancellationToken).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
            };

            var errors = outcome.Errors.ToList();
            if (options.ExpectNoChanges && ExpectedNoChangesButFound(command, outcome.Steps) is { } found)
            {
                errors.Add(found);
            }

            if (!preview)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ResolvedStatePath))!);
                var outputs = command switch
                {
                    DeploymentCommand.Up => outcome.Outputs,
                    DeploymentCommand.Destroy => PropertyMap.Empty,
                    _ => state.Outputs,
                };
                await StateFile.SaveAsync(options.ResolvedStatePath, outcome.State with { ProviderConfig = config.Provider.ToPropertyMap(), Outputs = outputs }, cancellationToken).ConfigureAwait(false);
            }

            return Result(command, options, preview, outcome.Steps, errors, outcome.Outputs, connection, clock) with { ProgramSnippet = outcome.ProgramSnippet };
        }
        catch (Exception ex) when (ex is ProgramException or ProviderCallException or RpcException or HttpRequestException or IOException or InvalidOperationException or TimeoutException)
        {
            var message = ex is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : program?.Describe(ex) ?? ex.Message;
            return Result(command, options, preview, [], [message], PropertyMap.Empty, connection, clock);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Result(command, options, preview, [], ["interrupted; the state file was not updated"], PropertyMap.Empty, connection, clock);
        }
        finally
        {
            if (oldConnection is not null)
            {
                await oldConnection.DisposeAsync().ConfigureAwait(false);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>What <c>--expect-no-changes</c> reports: drift a refresh found, or steps an update would take.</summary>
    private static string? ExpectedNoChangesButFound(DeploymentCommand command, IReadOnlyList<StepResult> steps)
    {
        var drifted = steps.Any(step => step.Drifted);
        var changed = steps.Any(step => step.Operation is StepOperation.Create or StepOperation.Update or StepOperation.Replace or StepOperation.Delete);
        return command switch
        {
            DeploymentCommand.Refresh when drifted => "refresh found changes made outside the program (--expect-no-changes)",
            DeploymentCommand.Preview or DeploymentCommand.Up when drifted || changed =>
                $"{(command == DeploymentCommand.Preview ? "the preview" : "the update")} found changes (--expect-no-changes)",
            _ => null,
        };
    }

    private static Task<ProviderConnection> ConnectAsync(DeploymentOptions options, YamlProgram program, PropertyMap providerConfig, CancellationToken cancellationToken) =>
        options.ProviderAddress is { } address
            ? ProviderConnection.ConnectAsync(address, options.ProgramDirectory, cancellationToken)
            : ProviderConnection.StartPluginAsync(options.PluginPath, options.ProgramDirectory, PluginEnvironment(program, options, providerConfig), cancellationToken);

    public static string ProviderUrn(string project, string stack) => $"urn:pulumi:{stack}::{project}::pulumi:providers:scpgateway::default";

    /// <summary>How configuring went: an error to report, or whether DiffConfig replaces the provider (and which keys).</summary>
    private sealed record Configured(string? Error, bool Replaced = false, IReadOnlyList<PropertyChange>? Changes = null);

    /// <param name="oldConfig">The config in state when the provider is already there; the engine then calls DiffConfig.</param>
    private static async Task<Configured> ConfigureAsync(ProviderConnection connection, ProviderConfig config, PropertyMap? oldConfig, string urn, CancellationToken cancellationToken)
    {
        try
        {
            var check = await connection.CallAsync<CheckRequest, CheckResponse>(ResourceProviderMethods.CheckConfig, config.CheckRequest(urn), cancellationToken).ConfigureAwait(false);
            if (check.Failures.Count > 0)
            {
                return new($"provider configuration is invalid: {CheckFailures.Describe(check.Failures)}");
            }

            var inputs = StructConverter.ToPropertyMap(check.Inputs);
            var diff = oldConfig is null ? null : await DiffConfigAsync(connection, oldConfig, inputs, urn, cancellationToken).ConfigureAwait(false);
            await connection.CallAsync<ConfigureRequest, ConfigureResponse>(ResourceProviderMethods.Configure, config.ConfigureRequest(inputs, urn), cancellationToken).ConfigureAwait(false);
            return diff is { Replaces.Count: > 0 }
                ? new(null, Replaced: true, Changes: [.. diff.Replaces.Select(key => new PropertyChange(
                    $"provider.{key}", PropertyChangeKind.Update, Replaces: true, oldConfig!.GetValueOrDefault(key), inputs.GetValueOrDefault(key)))])
                : new(null);
        }
        catch (RpcException ex)
        {
            return new($"configuring the provider failed: {ex.StatusCode}: {ex.Status.Detail}{MissingKeys(ex)}");
        }
    }

    // The engine prints each missing key with the plugin's description (which names the environment variables too).
    private static string MissingKeys(RpcException error) => error.Detail<ConfigureErrorMissingKeys>() is { MissingKeys.Count: > 0 } missing
        ? string.Concat(missing.MissingKeys.Select(key =>
            $"\n    {key.Name}: {key.Description} (scpgw-sim: --config or --secret-config {key.Name}=<value>)"))
        : string.Empty;

    private static async Task<DiffResponse?> DiffConfigAsync(ProviderConnection connection, PropertyMap olds, PropertyMap news, string urn, CancellationToken cancellationToken)
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
            return await connection.CallAsync<DiffRequest, DiffResponse>(ResourceProviderMethods.DiffConfig, request, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            return null; // Providers without DiffConfig get the engine's own comparison, which never replaces here.
        }
    }

    // The engine passes the package's config to the plugin as PULUMI_CONFIG (bare keys, string values).
    private static Dictionary<string, string?> PluginEnvironment(YamlProgram program, DeploymentOptions options, PropertyMap providerConfig)
    {
        var environment = new Dictionary<string, string?>(options.PluginEnvironment)
        {
            ["PULUMI_PROJECT"] = program.Name,
            ["PULUMI_CONFIG"] = PropertyJson.Serialize(PropertyValue.FromObject(providerConfig.UnwrapSecrets())),
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
