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
        Limit = 10000,
        Rate = ScpGateway.UsagePlanRate.Day,
    });
    var mobileApp = new ScpGateway.ApiKey("mobile-app", new ScpGateway.ApiKeyArgs
    {
        ApiId = shop.ApiId,
        UsagePlanId = basic.UsagePlanId,
        Name = "mobile-app",
        Description = "Key of the mobile app",
    });

    return new Dictionary<string, object?>
    {
        ["apiKeyId"] = mobileApp.ApiKeyId,
        // A secret: shown as [secret] unless asked for with --show-secrets.
        ["key"] = mobileApp.Key,
    };
});
