using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class RegistryTests
{
    [Fact]
    public async Task Calls_go_to_the_resource_named_by_the_type_or_else_by_the_urn()
    {
        var test = new TestRegistry();
        var inputs = Map(("name", "orders"), ("region", "kr-west1"));

        await test.Registry.CreateAsync(new ResourceCreateRequest(Urn(GatewayToken, "a"), inputs), CancellationToken.None);
        var byType = await test.Registry.CheckAsync(new ResourceCheckRequest("urn:pulumi:dev::proj::whatever::b", PropertyMap.Empty, PropertyMap.Empty) { Type = TubeToken }, CancellationToken.None);
        var nested = await test.Registry.CheckAsync(new ResourceCheckRequest($"urn:pulumi:dev::proj::my:index:Component${TubeToken}::c", PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None);

        Assert.Single(test.Store.Gateways);
        Assert.StartsWith("b", byType.Inputs.GetString("name"), StringComparison.Ordinal);
        Assert.StartsWith("c", nested.Inputs.GetString("name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_token_is_an_error_naming_it()
    {
        var test = new TestRegistry();

        var resource = await Assert.ThrowsAsync<UnknownTokenException>(() =>
            test.Registry.CheckAsync(new ResourceCheckRequest(Urn("scpgateway:index:Nope", "x"), PropertyMap.Empty, PropertyMap.Empty), CancellationToken.None));
        var function = await Assert.ThrowsAsync<UnknownTokenException>(() =>
            test.Registry.InvokeAsync("scpgateway:index:getNope", PropertyMap.Empty, CancellationToken.None));

        Assert.StartsWith("Unknown resource type 'scpgateway:index:Nope'; this provider has scpgateway:index:Gateway,", resource.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown function 'scpgateway:index:getNope'", function.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_diff_and_previews_work_before_the_provider_is_configured()
    {
        var registry = new ResourceRegistry().AddResource(services => new GatewayResource(services.Get<GatewayStore>()));
        var urn = Urn(GatewayToken, "x");
        var inputs = Map(("name", "abc"), ("region", "r"));

        var check = await registry.CheckAsync(new ResourceCheckRequest(urn, PropertyMap.Empty, inputs), CancellationToken.None);
        var diff = await registry.DiffAsync(new ResourceDiffRequest("gw-1", urn, inputs, inputs.With("name", "abd")), CancellationToken.None);
        var created = await registry.CreateAsync(new ResourceCreateRequest(urn, inputs) { Preview = true }, CancellationToken.None);
        var updated = await registry.UpdateAsync(new ResourceUpdateRequest("gw-1", urn, inputs, inputs) { Preview = true }, CancellationToken.None);
        var unconfigured = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            registry.CreateAsync(new ResourceCreateRequest(urn, inputs), CancellationToken.None));

        Assert.Empty(check.Failures);
        Assert.Equal(["name"], diff.Replaces);
        Assert.True(created.Properties["gatewayId"].IsComputed);
        Assert.True(updated["status"].IsComputed);
        Assert.Equal("GatewayStore is not available: the provider has not been configured.", unconfigured.Message);
    }

    [Fact]
    public async Task Resources_are_built_from_the_configured_services_once_per_configuration()
    {
        var built = 0;
        var registry = new ResourceRegistry().AddResource(services =>
        {
            built++;
            return new GatewayResource(services.Get<GatewayStore>());
        });
        var check = new ResourceCheckRequest(Urn(GatewayToken, "x"), PropertyMap.Empty, Map(("region", "r")));

        var first = new GatewayStore();
        registry.Configure(ProviderServices.None.With(first));
        await registry.CreateAsync(new ResourceCreateRequest(check.Urn, Map(("name", "a"), ("region", "r"))), CancellationToken.None);
        await registry.CreateAsync(new ResourceCreateRequest(check.Urn, Map(("name", "b"), ("region", "r"))), CancellationToken.None);
        var second = new GatewayStore();
        registry.Configure(ProviderServices.None.With(second));
        await registry.CreateAsync(new ResourceCreateRequest(check.Urn, Map(("name", "c"), ("region", "r"))), CancellationToken.None);

        Assert.Equal(2, built);
        Assert.Equal(2, first.Gateways.Count);
        Assert.Single(second.Gateways);
    }

    [Fact]
    public async Task Wrongly_typed_wire_values_are_reported_with_their_path()
    {
        var test = new TestRegistry();

        var error = await Assert.ThrowsAsync<PropertyValueException>(() =>
            test.Registry.CreateAsync(new ResourceCreateRequest(Urn(GatewayToken, "a"), Map(("name", "x"), ("region", true))), CancellationToken.None));

        Assert.Equal("region", error.Path);
    }

    [Fact]
    public void A_resource_declared_wrongly_is_refused_with_the_reason()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResourceDeclaration.For<BadIdResource>());

        Assert.Contains("import id part 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Resource("BadId", ImportId = "{nope}")]
    private sealed class BadIdResource : CustomResource<TubeArgs, TubeState>
    {
        public override Task<(string Id, TubeState State)> CreateAsync(TubeArgs inputs, ResourceContext context) => throw new NotSupportedException();

        public override Task<(TubeArgs Inputs, TubeState State)?> ReadAsync(string id, TubeArgs? oldInputs, TubeState? oldState, ResourceContext context) => throw new NotSupportedException();

        public override Task DeleteAsync(string id, TubeState state, ResourceContext context) => throw new NotSupportedException();
    }
}
