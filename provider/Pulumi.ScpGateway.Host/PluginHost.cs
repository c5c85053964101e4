using System.Runtime.InteropServices;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The plugin process (PROTOCOL.md §1): listen on 127.0.0.1, print the port as the first and only
/// stdout line, serve the package until SIGINT/SIGTERM, exit 0.
/// </summary>
public static class PluginHost
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(2);

    /// <summary>Hidden flag for <c>make schema</c>: print the package schema and exit, without serving.</summary>
    public const string EmitSchemaFlag = "--emit-schema";

    public static async Task<int> RunAsync(string[] args, Func<IProviderPackage> createPackage)
    {
        ArgumentNullException.ThrowIfNull(createPackage);
        if (args is [EmitSchemaFlag])
        {
            using var schemaOnly = createPackage();
            await Console.Out.WriteAsync(schemaOnly.SchemaJson() + "\n").ConfigureAwait(false);
            return 0;
        }

        var commandLine = PluginCommandLine.Parse(args);
        if (commandLine.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"{ProcessName}: {error}").ConfigureAwait(false);
            return 2;
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => RequestStop(signal, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => RequestStop(signal, stop));

        using var cancellation = new ServerCancellation();
        using var engineLog = new EngineLogClient(commandLine.EngineAddress);
        var methods = new RpcMethodTable();
        using var provider = new ResourceProviderService(engineLog, cancellation, createPackage());
        provider.Register(methods);

        var server = new RpcServer(methods, new RpcServerOptions { Cancellation = cancellation });
        await using (server.ConfigureAwait(false))
        {
            int port;
            try
            {
                port = await server.StartAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"{ProcessName}: could not listen on 127.0.0.1: {ex.Message}").ConfigureAwait(false);
                return 1;
            }

            // The engine reads stdout up to the first newline; nothing may precede or follow it.
            var stdout = Console.Out;
            await stdout.WriteAsync($"{port}\n").ConfigureAwait(false);
            await stdout.FlushAsync().ConfigureAwait(false);

            await stop.Task.ConfigureAwait(false);
            using var grace = new CancellationTokenSource(ShutdownGrace);
            await server.StopAsync(grace.Token).ConfigureAwait(false);
        }

        return 0;
    }

    private static string ProcessName => Path.GetFileName(Environment.ProcessPath) ?? "plugin";

    private static void RequestStop(PosixSignalContext signal, TaskCompletionSource stop)
    {
        // Handle it ourselves so the runtime does not terminate before we stop cleanly.
        signal.Cancel = true;
        stop.TrySetResult();
    }
}
