using System.Text.Json;
using System.Text.Json.Serialization;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using Pulumi.ScpGateway.ScpEmulator.Gate;
using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;

namespace Pulumi.ScpGateway.ScpEmulator.Admin;

/// <summary>
/// Test and sandbox controls under <c>/_emulator/</c>: no signature, no faults, not counted.
/// </summary>
public static class AdminEndpoints
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(ScpPipeline.AdminPrefix);
        admin.MapGet("/state", (RequestDelegate)WriteStateAsync);
        admin.MapGet("/requests", context =>
            JsonReply.WriteAsync(context, 200, context.RequestServices.GetRequiredService<RequestCounters>().Snapshot()));
        admin.MapPost("/reset", context =>
        {
            var state = context.RequestServices.GetRequiredService<EmulatorState>();
            lock (state.Gate)
            {
                state.Reset();
            }

            context.RequestServices.GetRequiredService<RequestCounters>().Clear();
            context.RequestServices.GetRequiredService<FaultInjector>().Reseed();
            // A reset starts over: nothing stays held (the state reset already ended creation holds).
            context.RequestServices.GetRequiredService<CallGate>().Open();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        admin.MapGet("/faults", context =>
            JsonReply.WriteAsync(context, 200, context.RequestServices.GetRequiredService<FaultInjector>().Settings, Strict));
        admin.MapPut("/faults", (RequestDelegate)PutFaultsAsync);
        admin.MapGet("/settings", context => WriteSettingsAsync(context, context.RequestServices.GetRequiredService<EmulatorState>()));
        admin.MapPut("/settings", (RequestDelegate)PutSettingsAsync);
        ConsoleEdits.Map(admin);
        GateEndpoints.Map(admin);
    }

    private static async Task WriteStateAsync(HttpContext context)
    {
        var state = context.RequestServices.GetRequiredService<EmulatorState>();
        byte[] json;
        lock (state.Gate)
        {
            json = JsonSerializer.SerializeToUtf8Bytes(new
            {
                settings = SettingsUpdate.View(state.Settings),
                apis = state.Apis.Values.OrderBy(a => a.Sequence).Select(a => new { status = state.ApiStatus(a), api = a }),
                privatelink_endpoints = state.PrivateLinkEndpoints.Values.OrderBy(e => e.Sequence),
                queues = state.Queues.Values.OrderBy(q => q.Sequence).Select(q => new { state = state.QueueState(q), queue = q }),
            }, JsonReply.SnakeCase);
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    private static async Task PutFaultsAsync(HttpContext context)
    {
        var settings = await ReadAsync<FaultSettings>(context);
        if (settings is null)
        {
            return;
        }

        var rates = new (string Name, double Value)[]
        {
            ("rate_429", settings.Rate429), ("rate_500", settings.Rate500), ("rate_503", settings.Rate503),
            ("rate_reset", settings.RateReset), ("rate_504_after_processing", settings.Rate504AfterProcessing), ("rate_409", settings.Rate409),
        };
        var errors = rates.Where(r => r.Value is < 0 or > 1 || double.IsNaN(r.Value)).Select(r => $"{r.Name}: {r.Value} is outside 0..1").ToList();
        if (settings.LatencyMs < 0 || settings.NotFoundAfterCreateMs < 0 || settings.RetryAfterSeconds < 0)
        {
            errors.Add("latency_ms, not_found_after_create_ms and retry_after_seconds must not be negative");
        }

        if (errors.Count > 0)
        {
            await JsonReply.WriteErrorAsync(context, 400, errors);
            return;
        }

        var faults = context.RequestServices.GetRequiredService<FaultInjector>();
        faults.Update(settings);
        await JsonReply.WriteAsync(context, 200, faults.Settings, Strict);
    }

    private static async Task PutSettingsAsync(HttpContext context)
    {
        var update = await ReadAsync<SettingsUpdate>(context);
        if (update is null)
        {
            return;
        }

        if (update.ApiCreateDelayMs < 0 || update.QueueCreateDelayMs < 0)
        {
            await JsonReply.WriteErrorAsync(context, 400, ["api_create_delay_ms and queue_create_delay_ms must not be negative"]);
            return;
        }

        var state = context.RequestServices.GetRequiredService<EmulatorState>();
        lock (state.Gate)
        {
            state.Settings = update.ApplyTo(state.Settings);
        }

        await WriteSettingsAsync(context, state);
    }

    private static Task WriteSettingsAsync(HttpContext context, EmulatorState state) =>
        JsonReply.WriteAsync(context, 200, SettingsUpdate.View(state.Settings));

    /// <summary>Reads a strict JSON body; answers 400 itself and returns null when it does not parse.</summary>
    internal static async Task<T?> ReadAsync<T>(HttpContext context)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Strict, context.RequestAborted);
            if (value is not null)
            {
                return value;
            }

            await JsonReply.WriteErrorAsync(context, 400, ["body: a JSON object is required"]);
        }
        catch (JsonException e)
        {
            await JsonReply.WriteErrorAsync(context, 400, [$"body: {e.Message}"]);
        }

        return null;
    }
}
