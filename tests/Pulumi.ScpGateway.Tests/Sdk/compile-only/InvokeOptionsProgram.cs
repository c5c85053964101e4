// COMPILE-ONLY test program: the resource and invoke options a program passes through the
// committed SDK (sdk/dotnet). The SDK tests compile it with the SDK, examples/csharp and
// PulumiApiDeclarations.cs, and require no errors and no warnings.

#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Pulumi;
using Pulumi.ScpGateway;

public static class InvokeOptionsProgram
{
    public static Task<int> RunAsync() => Pulumi.Deployment.RunAsync(() =>
    {
        var seoul = new Provider("seoul", new ProviderArgs { Region = "kr-west1" });

        // Adopt an API made outside Pulumi; its outputs named here stay secret in the state.
        var legacy = new Api("legacy", new ApiArgs { Name = "legacy-api", EndpointType = EndpointType.Region }, new CustomResourceOptions
        {
            Provider = seoul,
            ImportId = "api-123",
            AdditionalSecretOutputs = { "accountId" },
        });
        var plan = new UsagePlan("basic", new UsagePlanArgs { ApiId = legacy.ApiId, Limit = 1000, Rate = UsagePlanRate.Month });

        // The lookup waits for the plan: DependsOn of output invoke options reaches the engine.
        var plans = GetUsagePlans.Invoke(new GetUsagePlansInvokeArgs { ApiId = legacy.ApiId }, new InvokeOutputOptions
        {
            Provider = seoul,
            DependsOn = { plan },
        });

        // Plain invoke options still work, and an InvokeOutputOptions may be passed where they are taken.
        var byName = GetApi.Invoke(new GetApiInvokeArgs { Name = "legacy-api" }, new InvokeOptions { Provider = seoul });
        var paths = GetResources.Invoke(new GetResourcesInvokeArgs { ApiId = legacy.ApiId }, new InvokeOutputOptions { DependsOn = { legacy } });

        return new Dictionary<string, object?>
        {
            ["planRates"] = plans.Apply(result => string.Join(",", result.UsagePlans.Select(p => (string)p.Rate))),
            ["isRegional"] = byName.Apply(api => api.ApiId.Length > 0),
            ["getMethods"] = paths.Apply(result => result.Resources.SelectMany(r => r.Methods).Count(m => m.MethodType == MethodType.Get)),
        };
    });

    public static async Task<string> DescribeAsync(Pulumi.Resource after)
    {
        var options = new InvokeOutputOptions { DependsOn = { after } };
        var api = await GetApi.InvokeAsync(new GetApiArgs { Name = "legacy-api" }, options);
        return api.Name;
    }
}
