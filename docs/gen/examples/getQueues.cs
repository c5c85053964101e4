using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var orderQueues = ScpGateway.GetQueues.Invoke(new ScpGateway.GetQueuesInvokeArgs { Name = "orders" });

    return new Dictionary<string, object?>
    {
        ["orderQueues"] = orderQueues.Apply(result => result.Queues),
    };
});
