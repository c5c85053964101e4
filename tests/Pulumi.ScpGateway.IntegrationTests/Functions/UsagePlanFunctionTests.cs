using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Functions;

public sealed class UsagePlanFunctionTests(FunctionsFixture fixture) : IClassFixture<FunctionsFixture>
{
    private static PropertyMap Args(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    private async Task<string> ApiAsync(string name) =>
        (await fixture.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = name }, null, CancellationToken.None)).Id;

    private Task<UsagePlanShowResponse> PlanAsync(string apiId, string name) =>
        fixture.ApiGateway.CreateUsagePlanAsync(apiId, new UsagePlanCreateRequest { Name = name, Limit = 1000, Rate = "day" }, null, CancellationToken.None);

    [Fact]
    public async Task GetUsagePlans_reads_every_page_and_filters_by_name()
    {
        var apiId = await ApiAsync("planned");
        await FunctionsFixture.ManyAsync(FunctionsFixture.MoreThanOnePage, i => PlanAsync(apiId, $"plan-{i:D3}"));
        await PlanAsync(apiId, "special");

        var all = await fixture.Provider.InvokeAsync("getUsagePlans", Args(("apiId", apiId)));
        var filtered = await fixture.Provider.InvokeAsync("getUsagePlans", Args(("apiId", apiId), ("name", "spec")));

        Assert.Equal(FunctionsFixture.MoreThanOnePage + 1, all["usagePlans"].AsArray.Length);
        var special = Assert.Single(filtered["usagePlans"].AsArray).AsObject;
        Assert.Equal("special", special.GetString("name"));
        Assert.Equal(1000.0, special["limit"].AsNumber);
        Assert.Equal("day", special.GetString("rate"));
    }

    [Fact]
    public async Task GetApiKeys_reads_every_page_and_answers_each_key_as_a_secret()
    {
        var apiId = await ApiAsync("keyed");
        var plan = await PlanAsync(apiId, "keys-plan");
        await FunctionsFixture.ManyAsync(FunctionsFixture.MoreThanOnePage, i =>
            fixture.ApiGateway.CreateApiKeyAsync(apiId, plan.UsagePlan.Id, new ApiKeyCreateRequest { Name = $"key-{i:D3}" }, null, CancellationToken.None));
        var stored = await fixture.ApiGateway.ListApiKeysAsync(apiId, plan.UsagePlan.Id, new Pulumi.ScpGateway.Scp.NamedListQuery { Name = "key-007" }, CancellationToken.None);

        var result = await fixture.Provider.InvokeAsync("getApiKeys", Args(("apiId", apiId), ("usagePlanId", plan.UsagePlan.Id)));

        var keys = result["apiKeys"].AsArray.Select(key => key.AsObject).ToList();
        Assert.Equal(FunctionsFixture.MoreThanOnePage, keys.Count);
        Assert.All(keys, key => Assert.True(key["key"].IsSecret));
        var seven = Assert.Single(keys, key => key.GetString("name") == "key-007");
        Assert.Equal(Assert.Single(stored.ApiKeys).Key, seven["key"].SecretValue.AsString);
    }
}
