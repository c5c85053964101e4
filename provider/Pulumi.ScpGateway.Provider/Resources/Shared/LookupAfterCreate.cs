using System.Diagnostics;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// Finds an object a create has just made when the create's answer does not identify it: SCP's
/// reads can miss a new object for a moment, so the lookup is repeated a few times with backoff
/// before the caller gives up.
/// </summary>
public static class LookupAfterCreate
{
    /// <summary>Pauses between attempts; about eight seconds in all.</summary>
    public static readonly IReadOnlyList<TimeSpan> Pauses =
        [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>How long after a create SCP's 404 for the new object reads as "not visible yet": as long as the lookups above.</summary>
    public static readonly TimeSpan Grace = Pauses.Aggregate(TimeSpan.Zero, (sum, pause) => sum + pause);

    /// <summary>
    /// Wraps the show call a wait polls right after a create: within <see cref="Grace"/> of the
    /// first poll a 404 answers null (not visible yet, keep waiting); later it is the object gone.
    /// </summary>
    public static Func<CancellationToken, Task<T?>> ToleratingLag<T>(Func<CancellationToken, Task<T>> show)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        return async cancellationToken =>
        {
            try
            {
                return await show(cancellationToken);
            }
            catch (ScpApiException error) when (error.IsNotFound && Stopwatch.GetElapsedTime(started) < Grace)
            {
                return null;
            }
        };
    }

    /// <summary>The object <paramref name="find"/> answers, or null when it never appeared.</summary>
    /// <param name="waitingFor">Completes "waiting for ...", e.g. "auth 'ops' to be listed".</param>
    public static async Task<T?> FindAsync<T>(string waitingFor, Func<CancellationToken, Task<T?>> find, ResourceContext context)
        where T : class
    {
        var found = await find(context.CancellationToken);
        foreach (var pause in Pauses)
        {
            if (found is not null)
            {
                return found;
            }
            await context.Log.StatusAsync($"waiting for {waitingFor}", context.CancellationToken);
            await Task.Delay(pause, context.CancellationToken);
            found = await find(context.CancellationToken);
        }
        return found;
    }
}
