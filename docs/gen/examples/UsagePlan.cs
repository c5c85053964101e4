using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = new ScpGateway.Api("shop", new ScpGateway.ApiArgs { Name = "shop-api" });
    var basic = new ScpGateway.UsagePlan("basic", new ScpGateway.UsagePlanArgs
    {
        ApiId = shop.ApiId,
        Name = "shop-basic",
        Description = "10000 calls a day",
        Limit = 10000,
        Rate = ScpGateway.UsagePlanRate.Day,
    });

    return new Dictionary<string, object?>
    {
        ["usagePlanId"] = basic.UsagePlanId,
    };
});
