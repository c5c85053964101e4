using System.Globalization;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>Resident set size of another process, from Linux's /proc.</summary>
public static class ProcessMemory
{
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
}
