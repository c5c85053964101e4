using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var keys = ScpGateway.GetApiKeys.Invoke(new ScpGateway.GetApiKeysInvokeArgs
    {
        ApiId = config.Require("apiId"),
        UsagePlanId = config.Require("usagePlanId"),
        Name = "mobile",
    });

    return new Dictionary<string, object?>
    {
        // The key values are secrets: shown as [secret] unless asked for with --show-secrets.
        ["mobileKeys"] = keys.Apply(result => result.ApiKeys),
    };
});
