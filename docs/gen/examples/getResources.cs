using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var paths = ScpGateway.GetResources.Invoke(new ScpGateway.GetResourcesInvokeArgs
    {
        ApiId = new Config().Require("apiId"),
    });

    return new Dictionary<string, object?>
    {
        ["paths"] = paths.Apply(result => result.Resources),
    };
});
