namespace Pulumi.ScpGateway.Host;

/// <summary>What the plugin was asked to do: serve (the engine's way), or print its version or usage and exit.</summary>
public enum PluginAction
{
    Serve,
    Version,
    Help,
}

/// <summary>
/// The plugin's command line as the engine writes it: the engine's logging and tracing flags
/// (accepted and ignored) then at most one positional argument, the engine address. No
/// positional argument means attach mode. A person may ask for <c>--version</c> or <c>--help</c>;
/// any other flag is a mistake, reported with the usage rather than read as an address.
/// </summary>
public sealed record PluginCommandLine(string? EngineAddress, string? Error, PluginAction Action = PluginAction.Serve)
{
    // The flags the engine passes a provider (Go flag syntax: one or two dashes, "-v=9" or "-v 9").
    private static readonly HashSet<string> EngineFlags = new(StringComparer.Ordinal) { "logtostderr", "logflow", "v", "tracing", "root" };

    // Of those, the ones that carry their value in the next argument.
    private static readonly HashSet<string> FlagsWithValue = new(StringComparer.Ordinal) { "tracing", "v", "root" };

    public bool IsAttachMode => Error is null && Action == PluginAction.Serve && EngineAddress is null;

    /// <summary>The text <c>--help</c> prints; <paramref name="name"/> is the executable's name.</summary>
    public static string Usage(string name) => $"""
        usage: {name} [--logtostderr] [-v=N] [--tracing URL] [ENGINE_ADDRESS]
               {name} --version | --help

        The Pulumi resource provider plugin for Samsung Cloud Platform API Gateway and Queue Service.
        The pulumi engine starts it: it serves gRPC on 127.0.0.1, prints the port on stdout and
        reports to the engine at ENGINE_ADDRESS (without one it waits to be attached).
        Install it with `pulumi plugin install resource scpgateway <version> --file <archive>`.

          --version   print the version and exit
          --help      print this text and exit
        """;

    public static PluginCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var name = arg.TrimStart('-');
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                var bare = equals < 0 ? name : name[..equals];
                switch (bare)
                {
                    case "version":
                        return new PluginCommandLine(null, null, PluginAction.Version);
                    case "help" or "h":
                        return new PluginCommandLine(null, null, PluginAction.Help);
                    case var known when EngineFlags.Contains(known):
                        // "-v N" takes a value only when the next argument is a number; "--tracing URL" always does.
                        if (equals < 0 && FlagsWithValue.Contains(bare) && i + 1 < args.Count && TakesNext(bare, args[i + 1]))
                        {
                            i++;
                        }

                        continue;
                    default:
                        return new PluginCommandLine(null, $"unknown flag '{arg}'");
                }
            }

            positional.Add(arg);
        }

        return positional.Count switch
        {
            0 => new PluginCommandLine(null, null),
            1 => new PluginCommandLine(positional[0], null),
            _ => new PluginCommandLine(null, $"expected at most one argument (the engine address), got {positional.Count}: {string.Join(' ', positional)}"),
        };
    }

    private static bool TakesNext(string flag, string next) =>
        flag != "v" || (next.Length > 0 && next.All(char.IsAsciiDigit));
}
