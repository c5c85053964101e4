using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var check = ScpGateway.CheckQueueName.Invoke(new ScpGateway.CheckQueueNameInvokeArgs { Name = "orders.fifo" });

    return new Dictionary<string, object?>
    {
        ["ordersNameTaken"] = check.Apply(result => result.Duplicated),
    };
});
