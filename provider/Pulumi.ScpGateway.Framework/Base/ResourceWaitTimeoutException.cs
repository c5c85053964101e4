using System.Globalization;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A wait outlasted the create/update timeout. The resource usually exists by then: catch this
/// and report a partial failure (<see cref="ResourceInitFailedException"/>) with its state.
/// </summary>
public sealed class ResourceWaitTimeoutException(string waitingFor, TimeSpan timeout)
    : Exception($"Timed out after {Describe(timeout)} waiting for {waitingFor}")
{
    public string WaitingFor { get; } = waitingFor;

    private static string Describe(TimeSpan timeout) => timeout.TotalSeconds < 120
        ? $"{timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} seconds"
        : $"{timeout.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} minutes";
}
