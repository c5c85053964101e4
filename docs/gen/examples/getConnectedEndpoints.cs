using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var endpoints = ScpGateway.GetConnectedEndpoints.Invoke(new ScpGateway.GetConnectedEndpointsInvokeArgs
    {
        ApiId = new Config().Require("apiId"),
    });

    return new Dictionary<string, object?>
    {
        ["connectedEndpoints"] = endpoints.Apply(result => result.Endpoints),
    };
});
