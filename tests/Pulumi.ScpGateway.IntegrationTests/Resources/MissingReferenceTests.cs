using Grpc.Core;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>
/// A create whose id input names nothing in SCP (a typo'd apiId, a deployment of another API): the
/// error names that input as the program spells it, not SCP's field or an operation the user never called.
/// </summary>
public sealed class MissingReferenceTests(ActiveApiFixture fixture) : IClassFixture<ActiveApiFixture>
{
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    [Fact]
    public async Task A_resource_under_a_typod_api_names_apiId()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            provider.CreateAsync("Resource", "users", PropertyMap.Empty.With("apiId", "no-such-api").With("pathPart", "users")));

        Assert.StartsWith("apiId 'no-such-api' points at no API in SCP: check the value", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ListResources", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auth_under_a_typod_api_names_apiId()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CreateAsync("Auth", "partner", PropertyMap.Empty
            .With("apiId", "no-such-api").With("name", "partner-auth").With("expirationPeriod", 30)));

        Assert.StartsWith("apiId 'no-such-api' points at no API in SCP: check the value", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("deleted outside Pulumi?", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_on_a_missing_resource_names_resourceId()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CreateAsync("Method", "get", PropertyMap.Empty
            .With("apiId", fixture.ApiId).With("resourceId", "no-such-resource").With("methodType", "GET")
            .With("integrationType", "HTTP").With("endpointUrl", "https://backend.example.com")));

        Assert.StartsWith("resourceId 'no-such-resource' points at no resource of that API in SCP", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_of_a_missing_deployment_names_deploymentId_not_scps_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CreateAsync("Stage", "dev", PropertyMap.Empty
            .With("apiId", fixture.ApiId).With("name", "dev").With("deploymentId", "no-such-deployment")));

        Assert.StartsWith("deploymentId 'no-such-deployment' points at no deployment of that API in SCP", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("deployment_id", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_id_may_spell_the_method_type_as_programs_do()
    {
        var resourceId = (await provider.CreateAsync("Resource", "orders", PropertyMap.Empty.With("apiId", fixture.ApiId).With("pathPart", "orders"))).Outputs.GetString("resourceId");
        await provider.CreateAsync("Method", "list", PropertyMap.Empty.With("apiId", fixture.ApiId).With("resourceId", resourceId)
            .With("methodType", "GET").With("integrationType", "HTTP").With("endpointUrl", "https://backend.example.com"));

        var imported = await provider.ImportAsync("Method", "imported", $"{fixture.ApiId}/{resourceId}/get");

        Assert.NotNull(imported);
        Assert.Equal($"{fixture.ApiId}/{resourceId}/GET", imported.Id);
        Assert.Equal("GET", imported.Inputs.GetString("methodType"));
    }
}
