using System.Globalization;
using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.EngineSimulator.Cli;

/// <summary><c>stack output [NAME] [--show-secrets] [--json]</c>.</summary>
public sealed record StackOutputRequest(string? Name, bool ShowSecrets, bool Json);

/// <summary>
/// <c>scpgw-sim &lt;preview|up|refresh|destroy|import TYPE NAME ID|stack output [NAME]&gt; [options]</c>, the
/// Pulumi CLI's spelling of each option. <c>--yes</c> is implied; <c>up</c> previews first unless <c>--skip-preview</c>.
/// </summary>
public sealed record SimulatorCommandLine(DeploymentCommand Command, DeploymentOptions Options, bool PreviewFirst = true)
{
    /// <summary><c>--help</c>: print <see cref="Usage"/> and exit 0.</summary>
    public bool Help { get; init; }

    /// <summary>Set for <c>stack output</c>, which reads the state file and starts no plugin.</summary>
    public StackOutputRequest? StackOutput { get; init; }

    public const string Usage = """
        usage: scpgw-sim <command> [options]
          commands: preview | up | refresh | destroy | import <type> <name> <id>
                    stack output [<name>]    the outputs of the last up (secrets masked)
          --cwd DIR                 program directory (default: current directory)
          --stack NAME              stack name (default: dev)
          --state FILE              state file (default: DIR/.scpgw-sim/<stack>.json); the plugin
                                    keeps its creates in flight beside it, in <stack>.plugin/
          --config KEY=VALUE        stack config; scpgateway:KEY goes to the provider (repeatable)
          --secret-config KEY=VALUE the same, kept secret (repeatable)
          --plugin PATH             plugin binary (default: bin/pulumi-resource-scpgateway)
          --provider-address ADDR   use a provider already serving at 127.0.0.1:PORT
          --parallel N              concurrent resource operations (default: 10)
          --expect-no-changes       refresh: fail when anything drifted; preview, up: fail when
                                    anything would change (with --refresh: or drifted)
          --refresh, -r             preview, up: refresh every resource first (the CI drift check
                                    is preview --refresh --expect-no-changes)
          --skip-preview            up: no preview pass before the update
          --show-secrets            stack output: show secret values in the clear
          --json                    stack output: print JSON
          --help, -h                this text
        """;

    public static SimulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new ArgumentException("no command given");
        }

        if (args.Any(arg => arg is "--help" or "-h") || args[0] == "help")
        {
            return new SimulatorCommandLine(DeploymentCommand.Preview, new DeploymentOptions { ProgramPath = Directory.GetCurrentDirectory() }) { Help = true };
        }

        var stackOutput = args[0] == "stack";
        if (stackOutput && (args.Count < 2 || args[1] != "output"))
        {
            throw new ArgumentException("the only stack command is 'stack output [<name>]'");
        }

        var command = stackOutput ? DeploymentCommand.Refresh : args[0] switch
        {
            "preview" => DeploymentCommand.Preview,
            "up" or "update" => DeploymentCommand.Up,
            "refresh" => DeploymentCommand.Refresh,
            "destroy" => DeploymentCommand.Destroy,
            "import" => DeploymentCommand.Import,
            var other => throw new ArgumentException($"unknown command '{other}'"),
        };

        var positional = new List<string>();
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        var options = new DeploymentOptions { ProgramPath = Directory.GetCurrentDirectory() };
        var previewFirst = true;
        var showSecrets = false;
        var json = false;
        for (var i = stackOutput ? 2 : 1; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--cwd" or "-C":
                    options = options with { ProgramPath = Path.GetFullPath(Value()) };
                    break;
                case "--stack" or "-s":
                    options = options with { Stack = Value() };
                    break;
                case "--state":
                    options = options with { StatePath = Path.GetFullPath(Value()) };
                    break;
                case "--config" or "-c":
                    AddConfig(config, Value());
                    break;
                case "--secret-config":
                    secrets.Add(AddConfig(config, Value()));
                    break;
                case "--plugin":
                    options = options with { PluginPath = Path.GetFullPath(Value()) };
                    break;
                case "--provider-address":
                    options = options with { ProviderAddress = Value() };
                    break;
                case "--parallel" or "-p":
                    var text = Value();
                    options = options with
                    {
                        Parallel = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                            ? n : throw new ArgumentException($"--parallel needs a positive number, not '{text}'"),
                    };
                    break;
                case "--expect-no-changes":
                    options = options with { ExpectNoChanges = true };
                    break;
                case "--skip-preview":
                    previewFirst = false;
                    break;
                case "--refresh" or "-r":
                    options = options with { Refresh = true };
                    break;
                case "--show-secrets":
                    showSecrets = true;
                    break;
                case "--json" or "-j":
                    json = true;
                    break;
                case "--yes" or "-y":
                    break;
                case var flag when flag.StartsWith('-'):
                    throw new ArgumentException($"unknown option '{flag}'");
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        if (stackOutput)
        {
            return positional.Count <= 1
                ? new SimulatorCommandLine(command, options) { StackOutput = new StackOutputRequest(positional.FirstOrDefault(), showSecrets, json) }
                : throw new ArgumentException($"unexpected argument '{positional[1]}'");
        }

        if (command == DeploymentCommand.Import)
        {
            options = positional is [var type, var name, var id]
                ? options with { Import = new ImportTarget(type, name, id) }
                : throw new ArgumentException("import needs <type> <name> <id>");
        }
        else if (positional.Count > 0)
        {
            throw new ArgumentException($"unexpected argument '{positional[0]}'");
        }

        return new SimulatorCommandLine(command, options with { Config = config, SecretConfigKeys = secrets }, previewFirst);
    }

    private static string AddConfig(Dictionary<string, string> config, string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"config must be KEY=VALUE, not '{(pair.Contains('=', StringComparison.Ordinal) ? pair : "<hidden>")}'");
        }

        config[pair[..equals]] = pair[(equals + 1)..];
        return pair[..equals];
    }
}
