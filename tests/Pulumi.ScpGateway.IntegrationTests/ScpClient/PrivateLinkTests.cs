using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class PrivateLinkTests
{
    [Fact]
    public async Task An_endpoint_is_requested_approved_disconnected_reconnected_and_deleted()
    {
        await using var scp = await ScpHarness.StartAsync();
        // A PRIVATE Api's PrivateLink service id is its Api id.
        var apiId = await scp.NewApiAsync("private-api", "PRIVATE");

        var created = (await scp.Api.CreatePrivateLinkEndpointAsync(new PrivateLinkEndpointCreateRequest
        {
            Name = "consumer1",
            PrivateLinkServiceId = apiId,
            Description = "from the vpc",
        }, null, scp.Ct)).PrivateLinkEndpoint;
        Assert.Equal(("consumer1", apiId, "from the vpc", "REQUESTED"),
            (created.Name, created.PrivateLinkServiceId, created.Description, created.Status));

        var listed = Assert.Single(await scp.Api.ListAllPrivateLinkEndpointsAsync("consumer1", scp.Ct));
        Assert.Equal((created.Id, apiId), (listed.Id, listed.PrivateLinkServiceId));
        Assert.Equal(created.Id, Assert.Single(await scp.Api.ListAllConnectedPrivateLinkEndpointsAsync(apiId, scp.Ct)).Id);

        var approved = await scp.Api.ApprovePrivateLinkEndpointAsync(created.Id, new PrivateLinkEndpointApiAction { ApiId = apiId, Type = "APPROVE" }, scp.Ct);
        Assert.Equal((created.Id, "Active"), (approved.PrivateLinkEndpoint.Id, approved.PrivateLinkEndpoint.Status));
        var cut = await scp.Api.ConnectPrivateLinkEndpointAsync(created.Id, new PrivateLinkEndpointApiAction { ApiId = apiId, Type = "DISCONNECT" }, scp.Ct);
        Assert.Equal("DISCONNECTED", cut.PrivateLinkEndpoint.Status);
        var back = await scp.Api.ConnectPrivateLinkEndpointAsync(created.Id, new PrivateLinkEndpointApiAction { ApiId = apiId, Type = "RECONNECT" }, scp.Ct);
        Assert.Equal("Active", back.PrivateLinkEndpoint.Status);

        var canceled = await scp.Api.RequestPrivateLinkEndpointAsync(created.Id, new PrivateLinkEndpointRequestAction { Type = "CANCEL" }, scp.Ct);
        Assert.Equal("CANCELED", canceled.PrivateLinkEndpoint.Status);
        var described = await scp.Api.SetPrivateLinkEndpointAsync(created.Id, new DescriptionRequest { Description = "renamed" }, scp.Ct);
        Assert.Equal("renamed", described.PrivateLinkEndpoint.Description);
        Assert.Equal("renamed", (await scp.Api.ShowPrivateLinkEndpointAsync(created.Id, scp.Ct)).PrivateLinkEndpoint.Description);

        await scp.Api.DeletePrivateLinkEndpointAsync(created.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowPrivateLinkEndpoint", () => scp.Api.ShowPrivateLinkEndpointAsync(created.Id, scp.Ct));
    }

    [Fact]
    public async Task PrivateLink_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync("private-api", "PRIVATE");
        var otherApi = await scp.NewApiAsync("other-api", "PRIVATE");
        var endpoint = (await scp.Api.CreatePrivateLinkEndpointAsync(
            new PrivateLinkEndpointCreateRequest { Name = "consumer1", PrivateLinkServiceId = apiId }, null, scp.Ct)).PrivateLinkEndpoint;
        var approve = new PrivateLinkEndpointApiAction { ApiId = apiId, Type = "APPROVE" };

        await ScpAssert.InvalidAsync("CreatePrivateLinkEndpoint", "name:",
            () => scp.Api.CreatePrivateLinkEndpointAsync(new PrivateLinkEndpointCreateRequest { Name = "has-dash", PrivateLinkServiceId = apiId }, null, scp.Ct));
        await ScpAssert.InvalidAsync("ApprovePrivateLinkEndpoint", "is not connected to api",
            () => scp.Api.ApprovePrivateLinkEndpointAsync(endpoint.Id, approve with { ApiId = otherApi }, scp.Ct));
        await ScpAssert.InvalidAsync("ConnectPrivateLinkEndpoint", "type:",
            () => scp.Api.ConnectPrivateLinkEndpointAsync(endpoint.Id, approve, scp.Ct));
        await ScpAssert.NotFoundAsync("ApprovePrivateLinkEndpoint",
            () => scp.Api.ApprovePrivateLinkEndpointAsync(endpoint.Id, approve with { ApiId = "no-such-api" }, scp.Ct));
        await ScpAssert.NotFoundAsync("ApprovePrivateLinkEndpoint",
            () => scp.Api.ApprovePrivateLinkEndpointAsync("no-such-endpoint", approve, scp.Ct));
        await ScpAssert.NotFoundAsync("RequestPrivateLinkEndpoint",
            () => scp.Api.RequestPrivateLinkEndpointAsync("no-such-endpoint", new PrivateLinkEndpointRequestAction { Type = "RE_REQUEST" }, scp.Ct));
        await ScpAssert.NotFoundAsync("SetPrivateLinkEndpoint",
            () => scp.Api.SetPrivateLinkEndpointAsync("no-such-endpoint", new DescriptionRequest(), scp.Ct));
        await ScpAssert.NotFoundAsync("ListConnectedPrivateLinkEndpoints",
            () => scp.Api.ListConnectedPrivateLinkEndpointsAsync("no-such-api", new ListQuery(), scp.Ct));
        await ScpAssert.NotFoundAsync("DeletePrivateLinkEndpoint", () => scp.Api.DeletePrivateLinkEndpointAsync("no-such-endpoint", scp.Ct));
    }
}
