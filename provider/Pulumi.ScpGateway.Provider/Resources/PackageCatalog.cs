using Pulumi.ScpGateway.Provider.Framework;
using Pulumi.ScpGateway.Provider.Scp;
using Pulumi.ScpGateway.Provider.Scp.ApiGateway;
using Pulumi.ScpGateway.Provider.Scp.QueueService;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>Every resource and function of the scpgateway package, and the services they are built with.</summary>
public static class PackageCatalog
{
    public static ResourceRegistry Create() => new ResourceRegistry()
        .AddResource(services => new QueueResource(services.Get<IQueueServiceClient>()));

    /// <summary>What resources get once Configure has resolved the SCP settings.</summary>
    public static ProviderServices Services(ScpClients clients) =>
        ProviderServices.None
            .With<IApiGatewayClient>(clients.ApiGateway)
            .With<IQueueServiceClient>(clients.QueueService);
}
