namespace Pulumi.ScpGateway.ScpEmulator;

/// <summary>
/// <c>make emulator</c>: runs the SCP emulator on loopback, prints its URL as the first line of stdout, then the variables to export, and
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
        // The URL line comes first (scripts read it); then what a shell needs to point the plugin here.
        Console.WriteLine($"SCP emulator listening on {host.Endpoint}");
        Console.WriteLine("# For the plugin (scpgw-sim or pulumi) in another shell:");
        Console.WriteLine($"export SCP_ACCESS_KEY={host.AccessKey} SCP_SECRET_KEY={host.SecretKey}");
        Console.WriteLine($"export SCP_APIGATEWAY_ENDPOINT={host.Endpoint} SCP_QUEUESERVICE_ENDPOINT={host.Endpoint}");
        await Console.Out.FlushAsync();
        await host.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }
}
