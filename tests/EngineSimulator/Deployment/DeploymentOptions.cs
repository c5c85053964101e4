namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>Everything one command needs: the program, the stack, where state lives and which provider to use.</summary>
public sealed record DeploymentOptions
{
    /// <summary>The program directory (holding Pulumi.yaml) or the file itself.</summary>
    public required string ProgramPath { get; init; }

    public string Stack { get; init; } = "dev";

    /// <summary>State file; defaults to <c>.scpgw-sim/&lt;stack&gt;.json</c> in the program directory.</summary>
    public string? StatePath { get; init; }

    /// <summary>Stack config, <c>key</c>, <c>project:key</c> or <c>scpgateway:key</c> to value.</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>Keys of <see cref="Config"/> that are secret.</summary>
    public IReadOnlySet<string> SecretConfigKeys { get; init; } = new HashSet<string>();

    /// <summary>Plugin binary to start; null finds the published one.</summary>
    public string? PluginPath { get; init; }

    /// <summary>An already serving provider to use instead of starting the plugin.</summary>
    public string? ProviderAddress { get; init; }

    /// <summary>Extra environment for the plugin process.</summary>
    public IReadOnlyDictionary<string, string?> PluginEnvironment { get; init; } = new Dictionary<string, string?>();

    public int Parallel { get; init; } = 10;

    /// <summary>Told the name of each step that has to wait because <see cref="Parallel"/> workers are busy.</summary>
    public Action<string>? OnStepHeldBack { get; init; }

    /// <summary>Refresh: drift is an error. Preview and up: any change (or, with <see cref="Refresh"/>, drift) is an error.</summary>
    public bool ExpectNoChanges { get; init; }

    /// <summary>Preview and up (<c>--refresh</c>): read every resource from the cloud first, then compare the program with that.</summary>
    public bool Refresh { get; init; }

    /// <summary>Called with each message the provider logs, as it arrives, for live progress.</summary>
    public Action<EngineLogEntry>? OnLog { get; init; }

    /// <summary>Called when a create, update, replace or delete starts (type, name, verb such as "creating"), for live progress.</summary>
    public Action<string, string, string>? OnStepStarted { get; init; }

    /// <summary>For import: the resource type, name and provider id.</summary>
    public ImportTarget? Import { get; init; }

    /// <summary>
    /// The user's first Ctrl-C, as the engine handles it: the provider gets the Cancel RPC, no new
    /// step starts, steps in flight finish with whatever the provider answers (a partial create is
    /// recorded), and the state is saved. Unlike the cancellation token, which abandons the run.
    /// </summary>
    public CancellationToken Interrupt { get; init; }

    /// <summary>Called as each step finishes, from worker threads, for live progress.</summary>
    public Action<StepResult>? OnStep { get; init; }

    public string ProgramDirectory => Directory.Exists(ProgramPath) ? ProgramPath : Path.GetDirectoryName(Path.GetFullPath(ProgramPath))!;

    public string ResolvedStatePath => StatePath ?? Path.Combine(ProgramDirectory, ".scpgw-sim", $"{Stack}.json");

    /// <summary>
    /// Where the plugin keeps what must outlive it (its creates in flight), next to the state file
    /// so that every run of the stack shares it: <c>&lt;stack&gt;.plugin</c> beside it.
    /// </summary>
    public string PluginStateDirectory => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ResolvedStatePath))!, $"{Stack}.plugin");
}

public sealed record ImportTarget(string Type, string Name, string Id);
