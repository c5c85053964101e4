using Pulumi.ScpGateway.ScpEmulator.Gate;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>Registers SCP operations: route, operation name, body parsing, the gate, the state lock and the reply in one place.</summary>
public static class OperationMap
{
    /// <param name="takesBody">Whether the seed gives the operation a request body; by default POST and PUT do, GET and DELETE do not.</param>
    public static void Map(this IEndpointRouteBuilder app, string method, string pattern, string operation, Func<Call, Reply> handler, bool? takesBody = null)
    {
        var hasBody = takesBody ?? method is "POST" or "PUT";
        app.MapMethods(pattern, [method], async context =>
            {
                var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
                if (!hasBody && body.FieldNames.ToArray() is { Length: > 0 } fields)
                {
                    throw new ScpException(400, [.. fields.Select(field => $"{field}: is not a field of this request ({operation} takes no body)")]);
                }

                var state = context.RequestServices.GetRequiredService<EmulatorState>();
                await PassGateAsync(context, operation, body, state);
                Reply reply;
                lock (state.Gate)
                {
                    reply = handler(new Call(context, body, state, operation));
                }

                await JsonReply.WriteAsync(context, reply.Status, reply.Body);
            })
            .WithMetadata(new OperationName(operation));
    }

    /// <summary>Waits here while a closed gate holds this call (outside the state lock, so other calls go on).</summary>
    private static async Task PassGateAsync(HttpContext context, string operation, RequestBody body, EmulatorState state)
    {
        var gate = context.RequestServices.GetRequiredService<CallGate>();
        var method = context.Request.Method;
        if (!gate.MightHold(operation, method))
        {
            return;
        }

        await gate.PassAsync(operation, method, context.Request.Path, ObjectName(context, body, state), context.RequestAborted);
    }

    /// <summary>The name a create asks for, else the name of the Api or Queue in the path (null when there is none).</summary>
    private static string? ObjectName(HttpContext context, RequestBody body, EmulatorState state)
    {
        if (HttpMethods.IsPost(context.Request.Method) && body.Peek("name") is { } requested)
        {
            return requested;
        }

        lock (state.Gate)
        {
            return context.GetRouteValue("api_id") is string apiId && state.Apis.TryGetValue(apiId, out var api) ? api.Name
                : context.GetRouteValue("queue_id") is string queueId && state.Queues.TryGetValue(queueId, out var queue) ? queue.Name
                : null;
        }
    }
}
