using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Functions;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.QueueService;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>Every resource and function of the scpgateway package, and the services they are built with.</summary>
public static class PackageCatalog
{
    public static ResourceRegistry Create() => new ResourceRegistry()
        .AddResource(services => new AccessControlResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new ApiKeyResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new ApiResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new AuthResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new DeploymentResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new MethodResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new PrivateLinkEndpointApprovalResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new PrivateLinkEndpointResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new QueueResource(services.Get<IQueueServiceClient>()))
        .AddResource(services => new ResourceResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new StageResource(services.Get<IApiGatewayClient>()))
        .AddResource(services => new UsagePlanResource(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new CheckQueueNameFunction(services.Get<IQueueServiceClient>()))
        .AddFunction(services => new GetApiFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetApiKeysFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetApisFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetConnectedEndpointsFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetPrivateLinkEndpointsFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetQueueFunction(services.Get<IQueueServiceClient>()))
        .AddFunction(services => new GetQueuesFunction(services.Get<IQueueServiceClient>()))
        .AddFunction(services => new GetReportsFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetResourcesFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetStageFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetStagesFunction(services.Get<IApiGatewayClient>()))
        .AddFunction(services => new GetUsagePlansFunction(services.Get<IApiGatewayClient>()));

    /// <summary>What resources get once Configure has resolved the SCP settings.</summary>
    public static ProviderServices Services(ScpClients clients) =>
        ProviderServices.None
            .With<IApiGatewayClient>(clients.ApiGateway)
            .With<IQueueServiceClient>(clients.QueueService);
}
