using Grpc.AspNetCore.Server.Model;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Pulumi.ScpGateway.Host.Protos;
using Empty = Google.Protobuf.WellKnownTypes.Empty;

namespace Pulumi.ScpGateway.Host;

/// <summary>The type under which every served method is mapped (<see cref="ResourceProviderBinding"/>).</summary>
public sealed class ResourceProviderEndpoint;

/// <summary>
/// Maps the ResourceProvider methods and grpc.health.v1's onto Grpc.AspNetCore, under one endpoint
/// type. Written out rather than through the generated <c>BindService</c>: that goes through a
/// generic virtual method, which Native AOT resolves at run time for each of the 20 methods, and
/// that alone cost a quarter of the plugin's start-up. A unit test holds the table to the protos.
/// Messages are marshalled by <see cref="MessageMethod"/>.
/// </summary>
public sealed class ResourceProviderBinding(ResourceProviderService provider, HealthServiceImpl health) : IServiceMethodProvider<ResourceProviderEndpoint>
{
    /// <summary>The ResourceProvider service's full name, without building the proto file's descriptor at start-up.</summary>
    public const string ServiceName = "pulumirpc.ResourceProvider";

    /// <summary>grpc.health.v1's service name.</summary>
    public const string HealthServiceName = "grpc.health.v1.Health";

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<ResourceProviderEndpoint> context) =>
        Bind(new ServedMethods(context));

    /// <summary>Lists every served method into <paramref name="table"/> (a concrete class: an interface's generic methods would be virtual again).</summary>
    public void Bind(ServedMethods table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Unary<ProviderHandshakeRequest, ProviderHandshakeResponse>(ServiceName, "Handshake", provider.Handshake);
        table.Unary<Empty, Empty>(ServiceName, "Parameterize", provider.Parameterize);
        table.Unary<GetSchemaRequest, GetSchemaResponse>(ServiceName, "GetSchema", provider.GetSchema);
        table.Unary<CheckRequest, CheckResponse>(ServiceName, "CheckConfig", provider.CheckConfig);
        table.Unary<DiffRequest, DiffResponse>(ServiceName, "DiffConfig", provider.DiffConfig);
        table.Unary<ConfigureRequest, ConfigureResponse>(ServiceName, "Configure", provider.Configure);
        table.Unary<InvokeRequest, InvokeResponse>(ServiceName, "Invoke", provider.Invoke);
        table.Unary<Empty, Empty>(ServiceName, "Call", provider.Call);
        table.Unary(ServiceName, "Check", CheckMessages.Codec, provider.Check);
        table.Unary<DiffRequest, DiffResponse>(ServiceName, "Diff", provider.Diff);
        table.Unary<CreateRequest, CreateResponse>(ServiceName, "Create", provider.Create);
        table.Unary<ReadRequest, ReadResponse>(ServiceName, "Read", provider.Read);
        table.Unary<UpdateRequest, UpdateResponse>(ServiceName, "Update", provider.Update);
        table.Unary<DeleteRequest, Empty>(ServiceName, "Delete", provider.Delete);
        table.Unary<Empty, Empty>(ServiceName, "Construct", provider.Construct);
        table.Unary<Empty, Empty>(ServiceName, "Cancel", provider.Cancel);
        table.Unary<Empty, PluginInfo>(ServiceName, "GetPluginInfo", provider.GetPluginInfo);
        table.Unary<PluginAttach, Empty>(ServiceName, "Attach", provider.Attach);
        table.Unary<Empty, Empty>(ServiceName, "GetMapping", provider.GetMapping);
        table.Unary<Empty, Empty>(ServiceName, "GetMappings", provider.GetMappings);
        table.Unary<HealthCheckRequest, HealthCheckResponse>(HealthServiceName, "Check", health.Check);
        table.ServerStreaming<HealthCheckRequest, HealthCheckResponse>(HealthServiceName, "Watch", health.Watch);
    }
}
