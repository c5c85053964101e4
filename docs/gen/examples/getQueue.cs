using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var orders = ScpGateway.GetQueue.Invoke(new ScpGateway.GetQueueInvokeArgs { Name = "orders.fifo" });

    return new Dictionary<string, object?>
    {
        ["ordersQueueId"] = orders.Apply(queue => queue.QueueId),
        ["waitingMessages"] = orders.Apply(queue => queue.NumberWaitMessages),
    };
});
