using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class MethodsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_show_list_set_and_delete_a_method(bool seedQuirks)
    {
        await using var scp = await ScpHarness.StartAsync(new() { ApiCreateDelayMs = 0, SeedQuirks = seedQuirks });
        var apiId = await scp.NewApiAsync();
        var root = await scp.RootResourceIdAsync(apiId);
        var item = await scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "{item-id}" }, null, scp.Ct);

        var created = await scp.Api.CreateMethodAsync(apiId, item.Id, new MethodCreateRequest
        {
            MethodType = "GET",
            IntegrationType = "HTTP",
            EndpointUrl = "https://backend.example.com/items",
            ApiKeyRequired = true,
            QueryStrings = new Dictionary<string, bool> { ["page"] = true, ["size"] = false },
            RequestHeaders = new Dictionary<string, bool> { ["x-trace"] = false },
        }, null, scp.Ct);
        var method = Assert.Single(created.Methods);
        Assert.Equal(("GET", "HTTP", "https://backend.example.com/items", true),
            (method.MethodType, method.IntegrationType, method.EndpointUrl, method.ApiKeyRequired));
        // The seed spells these maps as Python-like dict strings; the client reads them as maps.
        Assert.Equal(new Dictionary<string, bool> { ["page"] = true, ["size"] = false }, method.QueryStrings);
        Assert.Equal(new Dictionary<string, bool> { ["x-trace"] = false }, method.RequestHeaders);
        Assert.Equal(["{item-id}"], method.RequestPath);

        var shown = (await scp.Api.ShowMethodAsync(apiId, item.Id, "GET", scp.Ct)).Method;
        Assert.Equal(method.QueryStrings, shown.QueryStrings);
        Assert.Contains(apiId, shown.Srn, StringComparison.Ordinal);

        var set = (await scp.Api.SetMethodAsync(apiId, item.Id, "GET", new MethodSetRequest
        {
            ApiKeyRequired = false,
            IntegrationType = "SCF",
            FunctionId = "fn0123456789",
            QueryStrings = new Dictionary<string, bool>(),
            RequestHeaders = new Dictionary<string, bool> { ["x-user"] = true, ["x-tenant"] = true },
        }, scp.Ct)).Method;
        Assert.Equal(("SCF", "fn0123456789", false), (set.IntegrationType, set.FunctionId, set.ApiKeyRequired));
        Assert.Equal(new Dictionary<string, bool> { ["x-user"] = true, ["x-tenant"] = true }, set.RequestHeaders);

        await scp.Api.CreateMethodAsync(apiId, item.Id,
            new MethodCreateRequest { MethodType = "DELETE", IntegrationType = "HTTP", EndpointUrl = "http://backend.example.com/d" }, null, scp.Ct);
        var listed = await scp.Api.ListMethodsAsync(apiId, item.Id, scp.Ct);
        Assert.Equal(["GET", "DELETE"], listed.Methods.Select(m => m.MethodType));

        await scp.Api.DeleteMethodAsync(apiId, item.Id, "GET", scp.Ct);
        await ScpAssert.NotFoundAsync("ShowMethod", () => scp.Api.ShowMethodAsync(apiId, item.Id, "GET", scp.Ct));
    }

    [Fact]
    public async Task Request_path_lists_every_path_parameter_of_the_resource()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var root = await scp.RootResourceIdAsync(apiId);
        var shop = await scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "{shop-id}" }, null, scp.Ct);
        var item = await scp.Api.CreateResourceAsync(apiId, shop.Id, new ResourceCreateRequest { PathPart = "{item-id}" }, null, scp.Ct);
        await scp.Api.CreateMethodAsync(apiId, item.Id,
            new MethodCreateRequest { MethodType = "GET", IntegrationType = "HTTP", EndpointUrl = "https://b.example.com/" }, null, scp.Ct);

        // SCP spells several parameters as one comma-joined string.
        var method = (await scp.Api.ShowMethodAsync(apiId, item.Id, "GET", scp.Ct)).Method;

        Assert.Equal(["{shop-id}", "{item-id}"], method.RequestPath);
    }

    [Fact]
    public async Task Method_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var root = await scp.RootResourceIdAsync(apiId);
        var http = new MethodCreateRequest { MethodType = "POST", IntegrationType = "HTTP", EndpointUrl = "https://b.example.com/" };
        await scp.Api.CreateMethodAsync(apiId, root, http, null, scp.Ct);

        await ScpAssert.ConflictAsync("CreateMethod", "POST already exists on '/'",
            () => scp.Api.CreateMethodAsync(apiId, root, http, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateMethod", "endpoint_url: is required when integration_type is HTTP",
            () => scp.Api.CreateMethodAsync(apiId, root, http with { MethodType = "PUT", EndpointUrl = null }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateMethod", "function_id: is required when integration_type is SCF",
            () => scp.Api.CreateMethodAsync(apiId, root, http with { MethodType = "PUT", IntegrationType = "SCF", EndpointUrl = null }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("ShowMethod", () => scp.Api.ShowMethodAsync(apiId, root, "PATCH", scp.Ct));
        await ScpAssert.NotFoundAsync("ListMethods", () => scp.Api.ListMethodsAsync(apiId, "no-such-resource", scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteMethod", () => scp.Api.DeleteMethodAsync(apiId, root, "PATCH", scp.Ct));
        await ScpAssert.NotFoundAsync("SetMethod", () => scp.Api.SetMethodAsync(apiId, root, "PATCH", new MethodSetRequest
        {
            ApiKeyRequired = false,
            IntegrationType = "HTTP",
            EndpointUrl = "https://b.example.com/",
            QueryStrings = new Dictionary<string, bool>(),
            RequestHeaders = new Dictionary<string, bool>(),
        }, scp.Ct));
    }
}
