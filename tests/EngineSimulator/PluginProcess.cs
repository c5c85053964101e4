using System.Diagnostics;
using System.Globalization;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// The real plugin binary, started the way the engine starts it: engine address as the argument,
/// port read from the first stdout line, stdout and stderr kept for inspection.
/// </summary>
public sealed class PluginProcess : IAsyncDisposable
{
    /// <summary>Where the plugin keeps its state (the create journal); the simulator gives each plugin its own unless told.</summary>
    public static readonly string StateDirectoryVariable = CreateJournal.StateDirectoryVariable("scpgateway");

    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(20);

    private readonly Process process;
    private readonly Task pumps;
    private readonly string? ownStateDirectory;

    private PluginProcess(Process process, string stateDirectory, string? ownStateDirectory)
    {
        this.process = process;
        StateDirectory = stateDirectory;
        this.ownStateDirectory = ownStateDirectory;
        pumps = Task.WhenAll(
            Stdout.PumpAsync(process.StandardOutput),
            Stderr.PumpAsync(process.StandardError));
    }

    public OutputBuffer Stdout { get; } = new();

    public OutputBuffer Stderr { get; } = new();

    public int Port { get; private set; }

    /// <summary>Where the plugin keeps what outlives it (its create journal): given, or a directory of its own.</summary>
    public string StateDirectory { get; }

    public string Address => $"127.0.0.1:{Port}";

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Starts the plugin and waits for its port line.</summary>
    /// <param name="arguments">The command line after the executable (normally just the engine address).</param>
    public static async Task<PluginProcess> StartAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? binary = null,
        TimeSpan? startTimeout = null)
    {
        var start = new ProcessStartInfo(binary ?? PluginBinary.Find())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        // A plugin started for a test keeps its state in a directory of its own, never in ~/.pulumi.
        string? ownStateDirectory = null;
        if (string.IsNullOrEmpty(start.Environment.TryGetValue(PluginProcess.StateDirectoryVariable, out var given) ? given : null))
        {
            ownStateDirectory = Directory.CreateTempSubdirectory("scpgw-plugin-").FullName;
            start.Environment[PluginProcess.StateDirectoryVariable] = ownStateDirectory;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var plugin = new PluginProcess(process, start.Environment[PluginProcess.StateDirectoryVariable]!, ownStateDirectory);
        try
        {
            plugin.Port = await plugin.ReadPortAsync(startTimeout ?? DefaultStartTimeout).ConfigureAwait(false);
            return plugin;
        }
        catch
        {
            await plugin.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static Task<PluginProcess> StartAsync(string? engineAddress, IReadOnlyDictionary<string, string?>? environment = null) =>
        StartAsync(engineAddress is null ? [] : [engineAddress], environment);

    /// <summary>Sends SIGINT and waits for the exit code; throws <see cref="TimeoutException"/> if it does not exit in time.</summary>
    public Task<int> StopAsync(TimeSpan timeout) => SignalAndWaitAsync(PosixSignals.SigInt, timeout);

    public Task<int> TerminateAsync(TimeSpan timeout) => SignalAndWaitAsync(PosixSignals.SigTerm, timeout);

    /// <summary>Waits for the process to exit by itself (e.g. after a bad command line).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var bounded = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(bounded.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The plugin (pid {process.Id}) did not exit within {timeout.TotalSeconds:0.#} s.");
        }

        await pumps.WaitAsync(timeout).ConfigureAwait(false);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        await pumps.ConfigureAwait(false);
        process.Dispose();
        if (ownStateDirectory is not null)
        {
            Directory.Delete(ownStateDirectory, recursive: true);
        }
    }

    private async Task<int> SignalAndWaitAsync(int signal, TimeSpan timeout)
    {
        if (!process.HasExited)
        {
            PosixSignals.Send(process.Id, signal);
        }

        return await WaitForExitAsync(timeout).ConfigureAwait(false);
    }

    private async Task<int> ReadPortAsync(TimeSpan timeout)
    {
        try
        {
            await Stdout.WaitForAsync(text => text.Contains('\n', StringComparison.Ordinal) || Stdout.Completed, timeout, "the port line").ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The plugin printed no port line within {timeout.TotalSeconds:0.#} s. stderr: {Stderr.Text}");
        }

        var stdout = Stdout.Text;
        var newline = stdout.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            await Stderr.WaitForCompletionAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            throw new InvalidOperationException($"The plugin closed stdout without a port line. stderr: {Stderr.Text}");
        }

        var line = stdout[..newline];
        return int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"The first stdout line is not a port: '{line}'.");
    }
}
