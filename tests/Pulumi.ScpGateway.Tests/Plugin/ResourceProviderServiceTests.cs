using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Provider;

namespace Pulumi.ScpGateway.Tests.Plugin;

public sealed class ResourceProviderServiceTests : IDisposable
{
    private readonly ServerCancellation cancellation = new();
    private readonly EngineLogClient log = new(null, new StringWriter());
    private readonly ResourceProviderService service;

    public ResourceProviderServiceTests() => service = new ResourceProviderService(log, cancellation, ScpGatewayPackage.ForCurrentProcess());

    [Fact]
    public async Task Handshake_accepts_secrets_resources_outputs_and_autonaming()
    {
        var response = await service.Handshake(new ProviderHandshakeRequest(), TestCallContext.For("Handshake"));

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.True(response.AcceptOutputs);
        Assert.True(response.SupportsAutonamingConfiguration);
    }

    [Fact]
    public async Task Handshake_points_the_log_at_the_engine()
    {
        await service.Handshake(new ProviderHandshakeRequest { EngineAddress = "127.0.0.1:1" }, TestCallContext.For("Handshake"));

        Assert.Equal("127.0.0.1:1", log.EngineAddress);
    }

    [Fact]
    public async Task Plugin_info_reports_the_project_version_without_build_metadata()
    {
        var info = await service.GetPluginInfo(new Empty(), TestCallContext.For("GetPluginInfo"));

        Assert.Equal("0.1.0", info.Version);
    }

    [Fact]
    public async Task Attach_records_the_engine_address()
    {
        await service.Attach(new PluginAttach { Address = "127.0.0.1:9" }, TestCallContext.For("Attach"));

        Assert.Equal("127.0.0.1:9", log.EngineAddress);
    }

    [Fact]
    public async Task Cancel_fires_the_server_wide_token()
    {
        var inFlight = cancellation.Token;

        await service.Cancel(new Empty(), TestCallContext.For("Cancel"));

        Assert.True(inFlight.IsCancellationRequested);
    }

    [Fact]
    public void Every_resource_provider_rpc_is_answered_by_the_service_not_by_the_generated_default()
    {
        // The generated base answers a bare UNIMPLEMENTED with no text; each RPC says what it does instead.
        var overridden = typeof(ResourceProviderService).GetMethods()
            .Where(method => method.DeclaringType == typeof(ResourceProviderService) && method.GetBaseDefinition().DeclaringType == typeof(ResourceProvider.ResourceProviderBase))
            .Select(method => method.Name);

        Assert.Equal(ResourceProvider.Descriptor.Methods.Select(method => method.Name).Order(), overridden.Order());
    }

    [Fact]
    public async Task An_rpc_not_offered_answers_unimplemented_naming_it()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => service.Construct(new Empty(), TestCallContext.For("Construct")));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Equal("Construct is not supported by the scpgateway provider", error.Status.Detail);
    }

    [Fact]
    public async Task A_resource_call_for_a_type_the_package_lacks_is_invalid_and_names_the_type()
    {
        var request = new CheckRequest { Urn = "urn:pulumi:dev::p::scpgateway:index:Nothing::n", Type = "scpgateway:index:Nothing" };

        var error = await Assert.ThrowsAsync<RpcException>(() => service.Check(request, TestCallContext.For("Check")));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("scpgateway:index:Nothing", error.Status.Detail, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        log.Dispose();
        cancellation.Dispose();
    }
}
