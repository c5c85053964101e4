using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var orders = new ScpGateway.Queue("orders", new ScpGateway.QueueArgs
    {
        Name = "orders.fifo",
        Fifo = true,
        Description = "Orders waiting for payment",
        MessageRetentionPeriod = 4,
        MessageRetentionPeriodUnit = ScpGateway.RetentionPeriodUnit.Day,
        MessageSize = 256,
        AllowedIpAddresses = { "10.20.0.0/16" },
        Tags = { { "team", "orders" } },
    });

    return new Dictionary<string, object?>
    {
        ["queueId"] = orders.QueueId,
        ["state"] = orders.State,
    };
});
