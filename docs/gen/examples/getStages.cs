using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var stages = ScpGateway.GetStages.Invoke(new ScpGateway.GetStagesInvokeArgs
    {
        ApiId = new Config().Require("apiId"),
    });

    return new Dictionary<string, object?>
    {
        ["stages"] = stages.Apply(result => result.Stages),
    };
});
