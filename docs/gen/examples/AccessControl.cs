using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = new ScpGateway.Api("shop", new ScpGateway.ApiArgs { Name = "shop-api" });
    var officeOnly = new ScpGateway.AccessControl("office-only", new ScpGateway.AccessControlArgs
    {
        ApiId = shop.ApiId,
        Name = "office-only",
        Description = "Calls from the office network",
        AllowedIpAddresses = { "203.0.113.0/24", "198.51.100.7" },
    });

    return new Dictionary<string, object?>
    {
        ["accessControlId"] = officeOnly.AccessControlId,
    };
});
