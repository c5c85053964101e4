using Pulumi.ScpGateway.ScpEmulator.Admin;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>
/// What every SCP API request goes through, in order: counting, error bodies, signature and version
/// checks, added latency, injected faults, then the operation. <c>/_emulator/</c> skips all of it.
/// </summary>
public sealed class ScpPipeline(RequestDelegate next, EmulatorOptions options, FaultInjector faults, RequestCounters counters, TimeProvider clock)
{
    public const string AdminPrefix = "/_emulator";
    private const string FaultedKey = "scp-emulator-faulted";

    public static void MarkFaulted(HttpContext context) => context.Items[FaultedKey] = true;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var operation = context.GetEndpoint()?.Metadata.GetMetadata<OperationName>()?.Name ?? "Unknown";
        bool reset;
        try
        {
            reset = await HandleAsync(context, operation);
        }
        catch (ScpException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            if (e.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await JsonReply.WriteErrorAsync(context, e.Status, e.Details);
            reset = false;
        }
        catch
        {
            counters.Record(operation, 500, context.Items.ContainsKey(FaultedKey));
            throw;
        }

        // Counted before the client can see the outcome, so a test reading the counters right after
        // an answer (or a reset) always finds this request.
        counters.Record(operation, reset ? 0 : context.Response.StatusCode, context.Items.ContainsKey(FaultedKey));
        if (reset)
        {
            context.Abort();
        }
    }

    /// <returns>True when the connection is to be reset (the caller aborts it after counting).</returns>
    private async Task<bool> HandleAsync(HttpContext context, string operation)
    {
        RequestSignature.Verify(context, options, clock.GetUtcNow());
        ApiVersion.Verify(context);
        if (context.GetEndpoint() is not { } endpoint)
        {
            throw new ScpException(404, $"no such operation: {context.Request.Method} {context.Request.Path}");
        }

        // Routing picks a method-mismatch endpoint when the path exists with other methods only.
        if (endpoint.Metadata.GetMetadata<OperationName>() is null)
        {
            throw new ScpException(405, $"{context.Request.Method} is not an operation of {context.Request.Path}");
        }

        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(settings.LatencyMs, context.RequestAborted);
        }

        var fault = faults.Draw(operation, context.Request.Method);
        if (fault != FaultKind.None)
        {
            MarkFaulted(context);
        }

        switch (fault)
        {
            case FaultKind.ConnectionReset:
                return true;
            case FaultKind.TooManyRequests:
                throw new ScpException(429, "too many requests, retry later") { RetryAfterSeconds = settings.RetryAfterSeconds };
            case FaultKind.InternalError:
                throw new ScpException(500, "internal server error (injected)");
            case FaultKind.Unavailable:
                throw new ScpException(503, "service unavailable (injected)");
            case FaultKind.ConcurrentModification:
                throw new ScpException(409, "concurrent modification, try again");
            case FaultKind.TimeoutAfterProcessing:
                await RunThenTimeOutAsync(context);
                return false;
            default:
                await next(context);
                return false;
        }
    }

    /// <summary>Does the operation with its answer discarded, then answers 504 like a proxy that gave up waiting.</summary>
    private async Task RunThenTimeOutAsync(HttpContext context)
    {
        var original = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        catch (ScpException)
        {
            // The client never learns the outcome either way.
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Response.Clear();
        throw new ScpException(504, "gateway timeout (injected after the operation was processed)");
    }
}
