using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shopApis = ScpGateway.GetApis.Invoke(new ScpGateway.GetApisInvokeArgs { Name = "shop" });

    return new Dictionary<string, object?>
    {
        ["shopApis"] = shopApis.Apply(result => result.Apis),
    };
});
