using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Functions;

public sealed class ApiFunctionTests(FunctionsFixture fixture) : IClassFixture<FunctionsFixture>
{
    private static PropertyMap Args(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    private Task<ApiCreateResponse> CreateApiAsync(string name, string? description = null) =>
        fixture.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = name, Description = description }, null, CancellationToken.None);

    [Fact]
    public async Task GetApi_finds_an_api_by_id_and_by_exact_name()
    {
        var shorter = await CreateApiAsync("lookup", "the short one");
        var longer = await CreateApiAsync("lookup-extra", "the long one");

        var byName = await fixture.Provider.InvokeAsync("getApi", Args(("name", "lookup")));
        var byId = await fixture.Provider.InvokeAsync("getApi", Args(("apiId", longer.Id)));

        Assert.Equal(shorter.Id, byName.GetString("apiId"));
        Assert.Equal("the short one", byName.GetString("description"));
        Assert.Equal("lookup-extra", byId.GetString("name"));
        Assert.NotEqual("", byId.GetString("status"));
    }

    [Fact]
    public async Task GetApi_needs_exactly_one_of_id_and_name_and_reports_a_missing_name()
    {
        var neither = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Provider.InvokeAsync("getApi", PropertyMap.Empty));
        var both = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Provider.InvokeAsync("getApi", Args(("apiId", "x"), ("name", "y"))));
        var missing = await Assert.ThrowsAsync<RpcException>(() => fixture.Provider.InvokeAsync("getApi", Args(("name", "no-such-api"))));

        Assert.Contains("apiId: give exactly one of apiId and name", neither.Message, StringComparison.Ordinal);
        Assert.Contains("apiId: give exactly one of apiId and name", both.Message, StringComparison.Ordinal);
        Assert.Contains("no API is named 'no-such-api'", missing.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetApis_reads_every_page_and_filters_by_name()
    {
        await FunctionsFixture.ManyAsync(FunctionsFixture.MoreThanOnePage, i => CreateApiAsync($"paged-{i:D3}"));
        await CreateApiAsync("other-api");

        var filtered = await fixture.Provider.InvokeAsync("getApis", Args(("name", "paged-")));
        var all = await fixture.Provider.InvokeAsync("getApis", PropertyMap.Empty);

        var names = filtered["apis"].AsArray.Select(api => api.AsObject.GetString("name")).ToList();
        Assert.Equal(FunctionsFixture.MoreThanOnePage, names.Count);
        Assert.Equal(Enumerable.Range(0, FunctionsFixture.MoreThanOnePage).Select(i => $"paged-{i:D3}"), names.Order(StringComparer.Ordinal));
        Assert.Contains(all["apis"].AsArray, api => api.AsObject.GetString("name") == "other-api");
        Assert.True(all["apis"].AsArray.Length > FunctionsFixture.MoreThanOnePage);
    }

    [Fact]
    public async Task GetResources_answers_the_path_tree_with_methods()
    {
        var api = await CreateApiAsync("tree");
        var root = Assert.Single((await fixture.ApiGateway.ListResourcesAsync(api.Id, CancellationToken.None)).Resources);
        var users = await fixture.ApiGateway.CreateResourceAsync(api.Id, root.Id, new ResourceCreateRequest { PathPart = "users" }, null, CancellationToken.None);
        var user = await fixture.ApiGateway.CreateResourceAsync(api.Id, users.Id, new ResourceCreateRequest { PathPart = "{user-id}" }, null, CancellationToken.None);
        await fixture.ApiGateway.CreateMethodAsync(api.Id, user.Id, new MethodCreateRequest { MethodType = "GET", IntegrationType = "HTTP", EndpointUrl = "https://backend.example.com/users" }, null, CancellationToken.None);

        var result = await fixture.Provider.InvokeAsync("getResources", Args(("apiId", api.Id)));

        var top = Assert.Single(result["resources"].AsArray).AsObject;
        Assert.Equal("/", top.GetString("path"));
        var usersNode = Assert.Single(top["children"].AsArray).AsObject;
        Assert.Equal("/users", usersNode.GetString("path"));
        Assert.Empty(usersNode["methods"].AsArray);
        var userNode = Assert.Single(usersNode["children"].AsArray).AsObject;
        Assert.Equal("/users/{user-id}", userNode.GetString("path"));
        Assert.Equal(user.Id, userNode.GetString("resourceId"));
        var method = Assert.Single(userNode["methods"].AsArray).AsObject;
        Assert.Equal("GET", method.GetString("methodType"));
        Assert.Equal("https://backend.example.com/users", method.GetString("endpointUrl"));
    }
}
