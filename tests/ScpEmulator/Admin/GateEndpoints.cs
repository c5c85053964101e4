using System.Globalization;
using Pulumi.ScpGateway.ScpEmulator.Gate;
using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;

namespace Pulumi.ScpGateway.ScpEmulator.Admin;

/// <summary>
/// <c>/_emulator/gate</c> (hold matching SCP calls until released, and wait for them to be held) and
/// <c>/_emulator/creating</c> (keep new Apis and Queues creating until released).
/// </summary>
public static class GateEndpoints
{
    /// <summary>How long <c>GET /_emulator/gate/held</c> waits when the test does not say.</summary>
    public const int DefaultWaitSeconds = 60;

    /// <summary>The longest wait a test may ask for: a hang guard, not a timing.</summary>
    public const int MaxWaitSeconds = 600;

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/gate", context => JsonReply.WriteAsync(context, 200, Gate(context).View()));
        admin.MapPut("/gate", async context =>
        {
            if (await AdminEndpoints.ReadAsync<GateRule>(context) is { } rule)
            {
                await JsonReply.WriteAsync(context, 200, Gate(context).Close(rule));
            }
        });
        admin.MapDelete("/gate", context => JsonReply.WriteAsync(context, 200, new { released = Gate(context).Open() }));
        admin.MapPost("/gate/release", context => JsonReply.WriteAsync(context, 200, new { released = Gate(context).Release() }));
        admin.MapGet("/gate/held", (RequestDelegate)WaitForHeldAsync);

        admin.MapGet("/creating", context => WriteCreationHoldAsync(context, State(context)));
        admin.MapPut("/creating", async context =>
        {
            if (await AdminEndpoints.ReadAsync<CreationHold>(context) is { } hold)
            {
                var state = State(context);
                lock (state.Gate)
                {
                    state.CreationHold = hold;
                }

                await WriteCreationHoldAsync(context, state);
            }
        });
        admin.MapDelete("/creating", context =>
        {
            var state = State(context);
            (int Apis, int Queues) released;
            lock (state.Gate)
            {
                released = state.ReleaseCreating();
            }

            return JsonReply.WriteAsync(context, 200, new { released_apis = released.Apis, released_queues = released.Queues });
        });
    }

    private static CallGate Gate(HttpContext context) => context.RequestServices.GetRequiredService<CallGate>();

    private static EmulatorState State(HttpContext context) => context.RequestServices.GetRequiredService<EmulatorState>();

    /// <summary>Long poll: answers once <c>count</c> calls are held; 408 when <c>timeout_seconds</c> pass first.</summary>
    private static async Task WaitForHeldAsync(HttpContext context)
    {
        if (!TryQueryInt(context, "count", 1, 1, int.MaxValue, out var count, out var error)
            || !TryQueryInt(context, "timeout_seconds", DefaultWaitSeconds, 1, MaxWaitSeconds, out var seconds, out error))
        {
            await JsonReply.WriteErrorAsync(context, 400, [error]);
            return;
        }

        var gate = Gate(context);
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        guard.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            await JsonReply.WriteAsync(context, 200, await gate.WaitForHeldAsync(count, guard.Token));
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await JsonReply.WriteErrorAsync(context, 408, [$"count: {gate.View().Held} of {count} calls held after {seconds} s"]);
        }
    }

    private static bool TryQueryInt(HttpContext context, string name, int fallback, int min, int max, out int value, out string error)
    {
        error = string.Empty;
        var text = context.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = $"{name}: '{text}' is not a whole number in {min}..{max}";
        return false;
    }

    private static Task WriteCreationHoldAsync(HttpContext context, EmulatorState state)
    {
        object view;
        lock (state.Gate)
        {
            view = new
            {
                apis = state.CreationHold.Apis,
                queues = state.CreationHold.Queues,
                held_apis = state.Apis.Values.Count(api => api.HeldCreating),
                held_queues = state.Queues.Values.Count(queue => queue.HeldCreating),
            };
        }

        return JsonReply.WriteAsync(context, 200, view);
    }
}
