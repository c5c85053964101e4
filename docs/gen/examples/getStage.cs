using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var dev = ScpGateway.GetStage.Invoke(new ScpGateway.GetStageInvokeArgs
    {
        ApiId = new Config().Require("apiId"),
        StageName = "dev",
    });

    return new Dictionary<string, object?>
    {
        ["devUrl"] = dev.Apply(stage => stage.InvokeUrl),
        ["devDeploymentId"] = dev.Apply(stage => stage.DeploymentId),
    };
});
