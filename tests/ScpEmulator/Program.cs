namespace Pulumi.ScpGateway.ScpEmulator;

/// <summary>
/// <c>make emulator</c>: runs the SCP emulator on loopback, prints its URL as the first line of stdout and
/// serves until Ctrl-C or SIGTERM.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        EmulatorOptions options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}\n\n{CommandLine.Usage}");
            return 2;
        }

        await using var host = await EmulatorHost.StartAsync(options, CancellationToken.None);
        Console.WriteLine($"SCP emulator listening on {host.Endpoint}");
        await Console.Out.FlushAsync();
        await host.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }
}
