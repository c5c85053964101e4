using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var links = ScpGateway.GetPrivateLinkEndpoints.Invoke(new ScpGateway.GetPrivateLinkEndpointsInvokeArgs { Name = "inventory" });

    return new Dictionary<string, object?>
    {
        ["inventoryLinks"] = links.Apply(result => result.Endpoints),
    };
});
