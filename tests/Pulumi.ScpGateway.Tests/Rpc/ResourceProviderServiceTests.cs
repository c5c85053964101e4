using Pulumi.ScpGateway.Provider;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Rpc;

public sealed class ResourceProviderServiceTests : IDisposable
{
    private readonly ServerCancellation cancellation = new();
    private readonly EngineLogClient log = new(null, new StringWriter());
    private readonly ResourceProviderService service;

    public ResourceProviderServiceTests() => service = new ResourceProviderService(log, cancellation, ScpGatewayPackage.ForCurrentProcess());

    [Fact]
    public async Task Handshake_accepts_secrets_resources_outputs_and_autonaming()
    {
        var response = await service.HandshakeAsync(new ProviderHandshakeRequest(), Context("Handshake"));

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.True(response.AcceptOutputs);
        Assert.True(response.SupportsAutonamingConfiguration);
    }

    [Fact]
    public async Task Handshake_points_the_log_at_the_engine()
    {
        await service.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = "127.0.0.1:1" }, Context("Handshake"));

        Assert.Equal("127.0.0.1:1", log.EngineAddress);
    }

    [Fact]
    public async Task Plugin_info_reports_the_project_version_without_build_metadata()
    {
        var info = await service.GetPluginInfoAsync(new Empty(), Context("GetPluginInfo"));

        Assert.Equal("0.1.0", info.Version);
    }

    [Fact]
    public async Task Attach_records_the_engine_address()
    {
        await service.AttachAsync(new PluginAttach { Address = "127.0.0.1:9" }, Context("Attach"));

        Assert.Equal("127.0.0.1:9", log.EngineAddress);
    }

    [Fact]
    public async Task Cancel_fires_the_server_wide_token()
    {
        var inFlight = cancellation.Token;

        await service.CancelAsync(new Empty(), Context("Cancel"));

        Assert.True(inFlight.IsCancellationRequested);
    }

    [Fact]
    public void Every_resource_provider_rpc_is_registered()
    {
        var methods = new RpcMethodTable();
        service.Register(methods);

        var expected = typeof(ResourceProviderMethods).GetFields()
            .Where(f => f.Name != nameof(ResourceProviderMethods.Service))
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(expected.Order(), methods.Names.Order());
    }

    [Fact]
    public async Task A_resource_call_for_a_type_the_package_lacks_is_invalid_and_names_the_type()
    {
        var request = new CheckRequest { Urn = "urn:pulumi:dev::p::scpgateway:index:Nothing::n", Type = "scpgateway:index:Nothing" };

        var error = await Assert.ThrowsAsync<RpcException>(() => service.CheckAsync(request, Context("Check")));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.Contains("scpgateway:index:Nothing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        log.Dispose();
        cancellation.Dispose();
    }

    private static RpcContext Context(string rpc) =>
        new($"/pulumirpc.ResourceProvider/{rpc}", null, CancellationToken.None);
}
