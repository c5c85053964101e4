using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Functions;

public sealed class PrivateLinkFunctionTests(FunctionsFixture fixture) : IClassFixture<FunctionsFixture>
{
    private static PropertyMap Args(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    private Task<PrivateLinkEndpointShowResponse> EndpointAsync(string name, string serviceId) =>
        fixture.ApiGateway.CreatePrivateLinkEndpointAsync(new PrivateLinkEndpointCreateRequest { Name = name, PrivateLinkServiceId = serviceId }, null, CancellationToken.None);

    [Fact]
    public async Task Endpoints_of_every_page_are_listed_by_name_and_as_connected_to_their_api()
    {
        var privateApi = await fixture.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "private-api", EndpointType = "PRIVATE" }, null, CancellationToken.None);
        var otherApi = await fixture.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = "other-private-api", EndpointType = "PRIVATE" }, null, CancellationToken.None);
        await FunctionsFixture.ManyAsync(FunctionsFixture.MoreThanOnePage, i => EndpointAsync($"ple{i:D3}", privateApi.Id));
        var other = await EndpointAsync("elsewhere", otherApi.Id);

        var byName = await fixture.Provider.InvokeAsync("getPrivateLinkEndpoints", Args(("name", "ple")));
        var connected = await fixture.Provider.InvokeAsync("getConnectedEndpoints", Args(("apiId", privateApi.Id)));
        var otherConnected = await fixture.Provider.InvokeAsync("getConnectedEndpoints", Args(("apiId", otherApi.Id)));

        var named = byName["endpoints"].AsArray.Select(e => e.AsObject).ToList();
        Assert.Equal(FunctionsFixture.MoreThanOnePage, named.Count);
        Assert.All(named, e => Assert.Equal(privateApi.Id, e.GetString("privatelinkServiceId")));
        Assert.Equal(
            named.Select(e => e.GetString("privatelinkEndpointId")).Order(StringComparer.Ordinal),
            connected["endpoints"].AsArray.Select(e => e.AsObject.GetString("privatelinkEndpointId")).Order(StringComparer.Ordinal));
        Assert.Equal(other.PrivateLinkEndpoint.Id, Assert.Single(otherConnected["endpoints"].AsArray).AsObject.GetString("privatelinkEndpointId"));
    }
}
