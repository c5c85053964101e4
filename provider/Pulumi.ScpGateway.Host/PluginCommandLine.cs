namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The plugin's command line as the engine writes it: flags (ignored) then at most one positional
/// argument, the engine address. No positional argument means attach mode.
/// </summary>
public sealed record PluginCommandLine(string? EngineAddress, string? Error)
{
    // Flags that carry their value in the next argument.
    private static readonly HashSet<string> FlagsWithValue = new(StringComparer.Ordinal) { "--tracing", "-tracing", "-v", "--v", "--root", "-root" };

    public bool IsAttachMode => Error is null && EngineAddress is null;

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
                // "-v N" takes a value only when the next argument is a number; "--tracing URL" always does.
                if (FlagsWithValue.Contains(arg) && i + 1 < args.Count && TakesNext(arg, args[i + 1]))
                {
                    i++;
                }

                continue;
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
        flag.TrimStart('-') != "v" || (next.Length > 0 && next.All(char.IsAsciiDigit));
}
