using System.Globalization;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>Resident memory and CPU time of another process, from Linux's /proc.</summary>
public static class ProcessMemory
{
    // /proc/<pid>/stat counts CPU time in clock ticks; USER_HZ is 100 on Linux.
    private const double TicksPerSecond = 100;

    public static async Task<double> ResidentMegabytesAsync(int processId, CancellationToken cancellationToken)
    {
        foreach (var line in await File.ReadAllLinesAsync($"/proc/{processId}/status", cancellationToken))
        {
            // "VmRSS:     51234 kB"
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }

        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS line.");
    }

    /// <summary>User plus system CPU seconds the process has used so far.</summary>
    public static async Task<double> CpuSecondsAsync(int processId, CancellationToken cancellationToken)
    {
        var stat = await File.ReadAllTextAsync($"/proc/{processId}/stat", cancellationToken);
        // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
