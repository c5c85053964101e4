using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class AccessControlsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_show_list_set_and_delete_an_access_control(bool seedQuirks)
    {
        await using var scp = await ScpHarness.StartAsync(new() { ApiCreateDelayMs = 0, SeedQuirks = seedQuirks });
        var apiId = await scp.NewApiAsync();
        await scp.NewStageAsync(apiId, "dev");
        await scp.NewStageAsync(apiId, "stg");

        var created = await scp.Api.CreateAccessControlAsync(apiId, new AccessControlCreateRequest
        {
            Name = "office-only",
            AllowedIpAddr = ["10.0.0.0/24", "192.168.127.12"],
            ConnectedStages = ["dev", "stg"],
            Description = "office network",
        }, null, scp.Ct);
        Assert.Equal(("office-only", "office network"), (created.Name, created.Description));
        Assert.Equal(["10.0.0.0/24", "192.168.127.12"], created.AllowedIpAddr);
        Assert.Equal(["dev", "stg"], created.ConnectedStages);

        var shown = (await scp.Api.ShowAccessControlAsync(apiId, created.Id, scp.Ct)).AccessControl;
        Assert.Equal(created.AllowedIpAddr, shown.AllowedIpAddr);
        var listed = Assert.Single(await scp.Api.ListAllAccessControlsAsync(apiId, scp.Ct));
        Assert.Equal((created.Id, created.ConnectedStages.Count), (listed.Id, listed.ConnectedStages.Count));

        var set = (await scp.Api.SetAccessControlAsync(apiId, created.Id, new AccessControlSetRequest
        {
            AllowedIpAddr = ["172.16.0.1"],
            ConnectedStages = ["stg"],
        }, scp.Ct)).AccessControl;
        Assert.Equal(["172.16.0.1"], set.AllowedIpAddr);
        Assert.Equal(["stg"], set.ConnectedStages);

        await scp.Api.DeleteAccessControlAsync(apiId, created.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowAccessControl", () => scp.Api.ShowAccessControlAsync(apiId, created.Id, scp.Ct));
    }

    [Fact]
    public async Task An_access_control_without_stages_sends_connected_stages_as_null()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var created = await scp.Api.CreateAccessControlAsync(apiId,
            new AccessControlCreateRequest { Name = "office-only", AllowedIpAddr = ["10.0.0.1"] }, null, scp.Ct);
        Assert.Empty(created.ConnectedStages);
        var set = await scp.Api.SetAccessControlAsync(apiId, created.Id, new AccessControlSetRequest { AllowedIpAddr = ["10.0.0.2"] }, scp.Ct);
        Assert.Equal(["10.0.0.2"], set.AccessControl.AllowedIpAddr);
    }

    [Fact]
    public async Task Access_control_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var request = new AccessControlCreateRequest { Name = "office-only", AllowedIpAddr = ["10.0.0.1"], ConnectedStages = [] };
        await scp.Api.CreateAccessControlAsync(apiId, request, null, scp.Ct);

        await ScpAssert.ConflictAsync("CreateAccessControl", "an access control named 'office-only' already exists",
            () => scp.Api.CreateAccessControlAsync(apiId, request, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateAccessControl", "allowed_ip_addr:",
            () => scp.Api.CreateAccessControlAsync(apiId, request with { Name = "bad-ips", AllowedIpAddr = ["10.0.0.300"] }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("CreateAccessControl",
            () => scp.Api.CreateAccessControlAsync(apiId, request with { Name = "no-stage", ConnectedStages = ["prod"] }, null, scp.Ct));
        await ScpAssert.NotFoundAsync("SetAccessControl",
            () => scp.Api.SetAccessControlAsync(apiId, "no-such-control", new AccessControlSetRequest { AllowedIpAddr = ["10.0.0.1"] }, scp.Ct));
        await ScpAssert.NotFoundAsync("ListAccessControls", () => scp.Api.ListAccessControlsAsync("no-such-api", new ListQuery(), scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteAccessControl", () => scp.Api.DeleteAccessControlAsync(apiId, "no-such-control", scp.Ct));
    }
}
