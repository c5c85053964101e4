using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.QueueService;

namespace Pulumi.ScpGateway.Provider.Functions;

public record CheckQueueNameArgs
{
    [Input("name", "The queue name to check.")]
    public string Name { get; init; } = "";
}

public record CheckQueueNameResult
{
    [Output("name", "The name that was checked.")]
    public string Name { get; init; } = "";

    [Output("duplicated", "Whether SCP reports the name as already taken by a queue (SCP's check-duplication answer).")]
    public bool Duplicated { get; init; }
}

[Function("checkQueueName", Description = "Asks Queue Service whether a queue name is already taken.")]
public sealed class CheckQueueNameFunction(IQueueServiceClient scp) : Function<CheckQueueNameArgs, CheckQueueNameResult>
{
    public override async Task<CheckQueueNameResult> InvokeAsync(CheckQueueNameArgs args, FunctionContext context)
    {
        var answer = await scp.CheckQueueNameDuplicationAsync(args.Name, context.CancellationToken);
        return new CheckQueueNameResult { Name = args.Name, Duplicated = answer.Result };
    }
}
