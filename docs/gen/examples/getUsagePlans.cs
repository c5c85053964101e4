using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var plans = ScpGateway.GetUsagePlans.Invoke(new ScpGateway.GetUsagePlansInvokeArgs
    {
        ApiId = new Config().Require("apiId"),
    });

    return new Dictionary<string, object?>
    {
        ["usagePlans"] = plans.Apply(result => result.UsagePlans),
    };
});
