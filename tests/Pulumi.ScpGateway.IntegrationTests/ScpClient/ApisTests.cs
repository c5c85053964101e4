using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class ApisTests
{
    [Fact]
    public async Task Create_show_list_describe_and_delete_an_api()
    {
        await using var scp = await ScpHarness.StartAsync();
        var created = await scp.Api.CreateApiAsync(new ApiCreateRequest
        {
            Name = "shop-api",
            Description = "orders and carts",
            EndpointType = "PRIVATE",
            Tags = [new ScpTag { Key = "team", Value = "web" }],
        }, null, scp.Ct);
        Assert.Equal("shop-api", created.Name);
        Assert.Equal("orders and carts", created.Description);
        Assert.NotEmpty(created.Id);

        var shown = (await scp.Api.ShowApiAsync(created.Id, scp.Ct)).Api;
        Assert.Equal((created.Id, "shop-api", "orders and carts", "Active"), (shown.Id, shown.Name, shown.Description, shown.Status));
        Assert.NotEmpty(shown.AccountId);

        var listed = await scp.Api.ListApisAsync(new NamedListQuery { Name = "shop-api" }, scp.Ct);
        Assert.Equal(created.Id, Assert.Single(listed.Apis).Id);
        Assert.Equal(1, listed.Count);

        var described = await scp.Api.SetApiDescriptionAsync(created.Id, new DescriptionRequest { Description = "v2" }, scp.Ct);
        Assert.Equal("v2", described.Api.Description);
        Assert.Equal("v2", (await scp.Api.ShowApiAsync(created.Id, scp.Ct)).Api.Description);

        await scp.Api.DeleteApiAsync(created.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowApi", () => scp.Api.ShowApiAsync(created.Id, scp.Ct));
    }

    [Fact]
    public async Task A_new_api_reads_creating_until_its_delay_has_passed()
    {
        await using var scp = await ScpHarness.StartAsync(new() { ApiCreateDelayMs = 60_000 });
        var id = await scp.NewApiAsync();
        var shown = (await scp.Api.ShowApiAsync(id, scp.Ct)).Api;
        Assert.NotEqual("Active", shown.Status);
        // Not a "try again" conflict: the caller waits for Active, so the client fails at once.
        await ScpAssert.ConflictAsync("CreateApiDeployment", "is not Active yet",
            () => scp.Api.CreateApiDeploymentAsync(id, new ApiDeploymentRequest { StageType = "none" }, null, scp.Ct));
        Assert.Equal(1, await scp.CountAsync("CreateApiDeployment"));
    }

    [Fact]
    public async Task Errors_name_the_operation_and_carry_the_emulators_words()
    {
        await using var scp = await ScpHarness.StartAsync();
        await scp.NewApiAsync("shop-api");
        await ScpAssert.ConflictAsync("CreateApi", "an api named 'shop-api' already exists",
            () => scp.Api.CreateApiAsync(new ApiCreateRequest { Name = "shop-api" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateApi", "name:",
            () => scp.Api.CreateApiAsync(new ApiCreateRequest { Name = "Shop_API" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateApi", "endpoint_type:",
            () => scp.Api.CreateApiAsync(new ApiCreateRequest { Name = "other-api", EndpointType = "GLOBAL" }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteApi", () => scp.Api.DeleteApiAsync("no-such-api", scp.Ct));
        await ScpAssert.NotFoundAsync("SetApiDescription",
            () => scp.Api.SetApiDescriptionAsync("no-such-api", new DescriptionRequest { Description = "x" }, scp.Ct));
    }
}
