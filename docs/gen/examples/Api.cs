using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = new ScpGateway.Api("shop", new ScpGateway.ApiArgs
    {
        Name = "shop-api",
        Description = "Public API of the shop",
        EndpointType = ScpGateway.EndpointType.Region,
        Tags = { { "team", "platform" } },
    });

    return new Dictionary<string, object?>
    {
        ["apiId"] = shop.ApiId,
        ["rootResourceId"] = shop.RootResourceId,
    };
});
