using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Provider;

namespace Pulumi.ScpGateway.Tests.Plugin;

// The binding lists its methods by hand (no generic virtual dispatch at start-up under Native AOT),
// so these hold the list to the protos: a method missing, misnamed or bound to the wrong messages
// would answer UNIMPLEMENTED or fail to parse where the engine expects it served.
public sealed class ResourceProviderBindingTests : IDisposable
{
    private readonly ServerCancellation cancellation = new();
    private readonly EngineLogClient log = new(null, new StringWriter());
    private readonly ResourceProviderService provider;

    public ResourceProviderBindingTests() => provider = new ResourceProviderService(log, cancellation, ScpGatewayPackage.ForCurrentProcess());

    public static TheoryData<string> Services => new() { "pulumirpc.ResourceProvider", "grpc.health.v1.Health" };

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_method_of_the_service_is_served_with_the_proto_s_messages(string service)
    {
        var descriptor = Descriptor(service);
        var served = Bound().Where(m => m.FullName.StartsWith($"/{service}/", StringComparison.Ordinal)).ToList();

        var expected = descriptor.Methods.Select(m => (
            $"/{service}/{m.Name}",
            m.InputType.FullName,
            m.OutputType.FullName,
            m.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary)).OrderBy(m => m.Item1);
        var actual = served.Select(m => (m.FullName, MessageName(m.Request), MessageName(m.Response), m.Type)).OrderBy(m => m.FullName);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_service_name_constant_is_the_proto_s()
    {
        Assert.Equal(ResourceProviderBinding.ServiceName, Host.Protos.ResourceProvider.Descriptor.FullName);
        Assert.Equal(ResourceProviderBinding.HealthServiceName, Health.Descriptor.FullName);
    }

    private List<ServedMethod> Bound()
    {
        var table = new ServedMethods();
        new ResourceProviderBinding(provider, new HealthServiceImpl()).Bind(table);
        return [.. table.Listed];
    }

    private static ServiceDescriptor Descriptor(string service) => service == ResourceProviderBinding.ServiceName
        ? Host.Protos.ResourceProvider.Descriptor
        : Health.Descriptor;

    private static string MessageName(Type message) => ((IMessage)Activator.CreateInstance(message)!).Descriptor.FullName;

    public void Dispose()
    {
        provider.Dispose();
        log.Dispose();
        cancellation.Dispose();
    }
}
