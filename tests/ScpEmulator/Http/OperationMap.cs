using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>Registers SCP operations: route, operation name, body parsing, the state lock and the reply in one place.</summary>
public static class OperationMap
{
    public static void Map(this IEndpointRouteBuilder app, string method, string pattern, string operation, Func<Call, Reply> handler)
    {
        app.MapMethods(pattern, [method], async context =>
            {
                var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
                var state = context.RequestServices.GetRequiredService<EmulatorState>();
                Reply reply;
                lock (state.Gate)
                {
                    reply = handler(new Call(context, body, state, operation));
                }

                await JsonReply.WriteAsync(context, reply.Status, reply.Body);
            })
            .WithMetadata(new OperationName(operation));
    }
}
