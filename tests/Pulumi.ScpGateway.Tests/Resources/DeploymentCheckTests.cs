using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.StageGroupCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class DeploymentCheckTests
{
    [Fact]
    public async Task An_api_id_is_all_a_new_deployment_needs()
    {
        var result = await CheckAsync("Deployment", Map(("apiId", "api-1"), ("triggers", PropertyValue.FromObject(Map(("hash", "abc"))))));

        Assert.Empty(result.Failures);
        Assert.Equal("api-1", result.Inputs.GetString("apiId"));
        Assert.False(result.Inputs.ContainsKey("stageName"));
    }

    [Fact]
    public async Task A_missing_api_id_is_reported()
    {
        var result = await CheckAsync("Deployment", Map(("description", "v1")));

        Assert.Equal("is required", ReasonFor(result, "apiId"));
    }

    [Fact]
    public async Task An_imported_deployment_without_triggers_or_stage_name_passes()
    {
        var imported = Map(("apiId", "api-1"), ("description", "v1"));

        var result = await CheckAsync("Deployment", imported, olds: imported);

        Assert.Empty(result.Failures);
    }
}
