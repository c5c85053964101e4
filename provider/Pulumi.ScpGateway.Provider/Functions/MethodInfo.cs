using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("MethodInfo", "One HTTP method of an API resource and where it sends requests.")]
public record MethodInfo
{
    [Output("methodType", "The HTTP method: GET, POST, ...")]
    [OneOf(typeof(MethodTypes))]
    public string MethodType { get; init; } = "";

    [Output("integrationType", "Where requests go: HTTP, SCF (a Cloud Function) or PRIVATELINK.")]
    [OneOf(typeof(MethodIntegrationTypes))]
    public string IntegrationType { get; init; } = "";

    [Output("endpointUrl", "The backend URL of an HTTP integration.")]
    public string? EndpointUrl { get; init; }

    [Output("functionId", "The Cloud Function of an SCF integration.")]
    public string? FunctionId { get; init; }

    [Output("privatelinkEndpointId", "The PrivateLink endpoint of a PRIVATELINK integration.")]
    public string? PrivatelinkEndpointId { get; init; }

    [Output("apiKeyRequired", "Whether callers must send an API key.")]
    public bool ApiKeyRequired { get; init; }

    public static MethodInfo From(Method method) => new()
    {
        MethodType = method.MethodType,
        IntegrationType = method.IntegrationType,
        EndpointUrl = method.EndpointUrl,
        FunctionId = method.FunctionId,
        PrivatelinkEndpointId = method.PrivateLinkEndpointId,
        ApiKeyRequired = method.ApiKeyRequired ?? false,
    };
}
