using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var shopLink = new ScpGateway.PrivateLinkEndpointApproval("shop-link", new ScpGateway.PrivateLinkEndpointApprovalArgs
    {
        // The PRIVATE API that the endpoint asks to reach.
        ApiId = config.Require("apiId"),
        // The endpoint's id, as the team that requested the connection gives it.
        PrivatelinkEndpointId = config.Require("privatelinkEndpointId"),
        Connected = true,
    });

    return new Dictionary<string, object?>
    {
        ["status"] = shopLink.Status,
    };
});
