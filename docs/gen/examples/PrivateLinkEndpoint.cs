using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    // The PrivateLink service of the PRIVATE API to reach, as its owner gives it.
    var privatelinkServiceId = new Config().Require("privatelinkServiceId");
    var inventoryLink = new ScpGateway.PrivateLinkEndpoint("inventory-link", new ScpGateway.PrivateLinkEndpointArgs
    {
        Name = "inventorylink",
        PrivatelinkServiceId = privatelinkServiceId,
        Description = "Reaches the inventory team's private API",
    });

    return new Dictionary<string, object?>
    {
        ["endpointId"] = inventoryLink.PrivatelinkEndpointId,
        ["status"] = inventoryLink.Status,
    };
});
