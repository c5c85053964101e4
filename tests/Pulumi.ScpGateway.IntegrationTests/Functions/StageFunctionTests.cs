using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Functions;

public sealed class StageFunctionTests(FunctionsFixture fixture) : IClassFixture<FunctionsFixture>
{
    private static PropertyMap Args(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    private async Task<string> ApiWithStagesAsync(string name, params string[] stages)
    {
        var api = await fixture.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = name }, null, CancellationToken.None);
        foreach (var stage in stages)
        {
            await fixture.ApiGateway.CreateApiDeploymentAsync(api.Id, new ApiDeploymentRequest { StageType = "new", StageName = stage, Description = "first" }, null, CancellationToken.None);
        }
        return api.Id;
    }

    [Fact]
    public async Task GetStage_and_getStages_answer_the_stages_of_an_api()
    {
        var apiId = await ApiWithStagesAsync("staged", "dev", "prod");

        var dev = await fixture.Provider.InvokeAsync("getStage", Args(("apiId", apiId), ("stageName", "dev")));
        var all = await fixture.Provider.InvokeAsync("getStages", Args(("apiId", apiId)));

        Assert.Equal("dev", dev.GetString("stageName"));
        Assert.Equal(apiId, dev.GetString("apiId"));
        Assert.NotEqual("", dev.GetString("deploymentId"));
        Assert.NotEqual("", dev.GetString("invokeUrl"));
        Assert.Equal(["dev", "prod"], all["stages"].AsArray.Select(stage => stage.AsObject.GetString("stageName")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetReports_answers_one_row_per_day_of_the_period()
    {
        var apiId = await ApiWithStagesAsync("reported", "live");

        var result = await fixture.Provider.InvokeAsync("getReports", Args(("apiId", apiId), ("stageName", "live"), ("startDate", "2026-01-01"), ("endDate", "2026-01-03")));

        var days = result["reports"].AsArray.Select(day => day.AsObject.GetString("date")).ToList();
        Assert.Equal(3, days.Count);
        Assert.All(result["reports"].AsArray, day => Assert.Equal(0.0, day.AsObject["callCount"].AsNumber));
        Assert.True(result.TryGetValue("topResources", out _));
    }

    [Fact]
    public async Task GetReports_refuses_dates_not_written_as_days()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            fixture.Provider.InvokeAsync("getReports", Args(("apiId", "a"), ("stageName", "live"), ("startDate", "01/01/2026"), ("endDate", "2026-01-03"))));

        Assert.Contains("startDate: must be a date written YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }
}
