using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>Resource RPCs reach the registry through the real plugin.</summary>
public sealed class DispatchTests
{
    [Fact]
    public async Task A_resource_type_the_package_lacks_is_refused_naming_the_type()
    {
        await using var provider = await ProviderAgainstEmulator.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CheckAsync("NoSuchThing", "x", PropertyMap.Empty));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("scpgateway:index:NoSuchThing", error.Status.Detail, StringComparison.Ordinal);
    }
}
