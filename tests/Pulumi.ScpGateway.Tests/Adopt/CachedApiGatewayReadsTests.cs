using System.Net;
using Moq;
using Pulumi.ScpGateway.Provider.Adopt;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Tests.Adopt;

/// <summary>Adopt's read-through client: each SCP answer is asked for once per run, and the tree answers the resources' and methods' shows.</summary>
public sealed class CachedApiGatewayReadsTests
{
    private static readonly Method Get = new() { MethodType = "GET", IntegrationType = "HTTP", EndpointUrl = "https://backend.example.com/users" };
    private static readonly Resource Users = new() { Id = "r1", ParentId = "root", Path = "/users", PathPart = "users", Methods = [Get] };

    [Fact]
    public async Task The_tree_answers_the_shows_of_its_resources_and_methods_and_is_asked_for_once()
    {
        var scp = new Mock<IApiGatewayClient>(MockBehavior.Strict);
        scp.Setup(c => c.ListResourcesAsync("a1", It.IsAny<CancellationToken>())).ReturnsAsync(new ResourceListResponse { Resources = [Users] });
        var reads = new CachedApiGatewayReads(scp.Object);

        await reads.ListResourcesAsync("a1", CancellationToken.None);
        await reads.ListResourcesAsync("a1", CancellationToken.None);
        var resource = await reads.ShowResourceAsync("a1", "r1", CancellationToken.None);
        var method = await reads.ShowMethodAsync("a1", "r1", "GET", CancellationToken.None);

        Assert.Same(Users, resource.Resource);
        Assert.Same(Get, method.Method);
        scp.Verify(c => c.ListResourcesAsync("a1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failed_answer_is_not_kept_and_writes_are_refused()
    {
        var scp = new Mock<IApiGatewayClient>(MockBehavior.Strict);
        scp.SetupSequence(c => c.ShowApiAsync("a1", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ScpApiException("ShowApi", HttpStatusCode.Forbidden, "denied", ""))
            .ReturnsAsync(new ApiShowResponse());
        var reads = new CachedApiGatewayReads(scp.Object);

        await Assert.ThrowsAsync<ScpApiException>(() => reads.ShowApiAsync("a1", CancellationToken.None));
        await reads.ShowApiAsync("a1", CancellationToken.None);

        scp.Verify(c => c.ShowApiAsync("a1", It.IsAny<CancellationToken>()), Times.Exactly(2));
        await Assert.ThrowsAsync<NotSupportedException>(() => reads.DeleteApiAsync("a1", CancellationToken.None));
    }
}
