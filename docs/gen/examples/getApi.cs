using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = ScpGateway.GetApi.Invoke(new ScpGateway.GetApiInvokeArgs { Name = "shop-api" });

    return new Dictionary<string, object?>
    {
        ["shopApiId"] = shop.Apply(api => api.ApiId),
        ["shopStatus"] = shop.Apply(api => api.Status),
    };
});
