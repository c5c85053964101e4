using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class ResourcesTests
{
    [Fact]
    public async Task Create_nested_resources_then_show_list_and_delete_them()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var root = await scp.RootResourceIdAsync(apiId);

        var orders = await scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "orders" }, null, scp.Ct);
        Assert.Equal((apiId, root, "/orders"), (orders.ApiId, orders.ParentId, orders.Path));
        var one = await scp.Api.CreateResourceAsync(apiId, orders.Id, new ResourceCreateRequest { PathPart = "{order-id}" }, null, scp.Ct);
        Assert.Equal("/orders/{order-id}", one.Path);

        var shown = (await scp.Api.ShowResourceAsync(apiId, one.Id, scp.Ct)).Resource;
        Assert.Equal((one.Id, orders.Id, "{order-id}", "/orders/{order-id}"), (shown.Id, shown.ParentId, shown.PathPart, shown.Path));
        Assert.Empty(shown.Methods);

        var paths = (await scp.Api.ListResourcesAsync(apiId, scp.Ct)).Resources.Select(r => r.Path);
        Assert.Equal(["/", "/orders", "/orders/{order-id}"], paths);

        // Deleting a resource takes its children with it.
        await scp.Api.DeleteResourceAsync(apiId, orders.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowResource", () => scp.Api.ShowResourceAsync(apiId, one.Id, scp.Ct));
        Assert.Equal(["/"], (await scp.Api.ListResourcesAsync(apiId, scp.Ct)).Resources.Select(r => r.Path));
    }

    [Fact]
    public async Task Resource_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var root = await scp.RootResourceIdAsync(apiId);
        await scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "orders" }, null, scp.Ct);

        await ScpAssert.ConflictAsync("CreateResource", "'orders' already exists under '/'",
            () => scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "orders" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateResource", "path_part:",
            () => scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "Or" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("DeleteResource", "root resource '/' cannot be deleted",
            () => scp.Api.DeleteResourceAsync(apiId, root, scp.Ct));
        await ScpAssert.NotFoundAsync("CreateResource",
            () => scp.Api.CreateResourceAsync(apiId, "no-such-parent", new ResourceCreateRequest { PathPart = "carts" }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("ListResources", () => scp.Api.ListResourcesAsync("no-such-api", scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteResource", () => scp.Api.DeleteResourceAsync(apiId, "no-such-resource", scp.Ct));
    }
}
