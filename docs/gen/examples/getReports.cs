using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var march = ScpGateway.GetReports.Invoke(new ScpGateway.GetReportsInvokeArgs
    {
        ApiId = new Config().Require("apiId"),
        StageName = "prod",
        StartDate = "2025-03-01",
        EndDate = "2025-03-31",
    });

    return new Dictionary<string, object?>
    {
        ["dailyCalls"] = march.Apply(result => result.Reports),
        ["topResources"] = march.Apply(result => result.TopResources),
    };
});
