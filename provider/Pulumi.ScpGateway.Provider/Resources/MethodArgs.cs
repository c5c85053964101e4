using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

public record MethodArgs : ICrossPropertyRules
{
    [Input("apiId", "The id of the API the method belongs to.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("resourceId", "The id of the resource (path) the method answers on.", Replace = true)]
    public string ResourceId { get; init; } = "";

    [Input("methodType", "The HTTP method: GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS or ANY (every method). One of each per resource.", Replace = true)]
    [OneOf(typeof(MethodTypes), UpperCase = true)]
    public string MethodType { get; init; } = "";

    [Input("integrationType", "Where calls go: HTTP (an HTTP endpoint, endpointUrl), SCF (a Cloud Function, functionId) or PRIVATELINK (an endpoint reached through a PrivateLink endpoint, endpointUrl and privatelinkEndpointId).")]
    [OneOf(typeof(MethodIntegrationTypes), UpperCase = true)]
    public string IntegrationType { get; init; } = "";

    [Input("endpointUrl", "The backend URL calls are forwarded to; an absolute http:// or https:// URL. Required when integrationType is HTTP or PRIVATELINK.")]
    [AbsoluteUrl]
    public string? EndpointUrl { get; init; }

    [Input("functionId", "The id of the Cloud Function that handles calls. Required when integrationType is SCF.")]
    public string? FunctionId { get; init; }

    [Input("privatelinkEndpointId", "The id of the PrivateLink endpoint calls go through. Required when integrationType is PRIVATELINK.")]
    public string? PrivatelinkEndpointId { get; init; }

    [Input("apiKeyRequired", "Whether callers must send an API key of a usage plan connected to the stage.")]
    [Default(false)]
    public bool ApiKeyRequired { get; init; }

    [Input("queryStrings", "Query string parameters the method accepts: parameter name to whether it is required.")]
    public IReadOnlyDictionary<string, bool>? QueryStrings { get; init; }

    [Input("requestHeaders", "Request headers the method accepts: header name to whether it is required.")]
    public IReadOnlyDictionary<string, bool>? RequestHeaders { get; init; }

    public IEnumerable<CheckFailure> Check(UnknownInputs unknown)
    {
        if (unknown.Contains("integrationType"))
        {
            yield break;
        }
        var needsUrl = IntegrationType is MethodIntegrationTypes.Http or MethodIntegrationTypes.PrivateLink;
        if (needsUrl && !unknown.Contains("endpointUrl") && string.IsNullOrEmpty(EndpointUrl))
        {
            yield return Required("endpointUrl", "an absolute http:// or https:// URL");
        }
        if (IntegrationType == MethodIntegrationTypes.Scf && !unknown.Contains("functionId") && string.IsNullOrEmpty(FunctionId))
        {
            yield return Required("functionId", "the Cloud Function's id");
        }
        if (IntegrationType == MethodIntegrationTypes.PrivateLink && !unknown.Contains("privatelinkEndpointId") && string.IsNullOrEmpty(PrivatelinkEndpointId))
        {
            yield return Required("privatelinkEndpointId", "the PrivateLink endpoint's id");
        }
    }

    private CheckFailure Required(string property, string what) =>
        new(property, $"is required when integrationType is {IntegrationType} ({what})");
}

public record MethodState : MethodArgs
{
    [Output("functionName", "The name of the Cloud Function (SCF integrations).")]
    public string? FunctionName { get; init; }

    [Output("requestPath", "The path parameters of the method's resource path, e.g. `{user-id}`.")]
    public IReadOnlyList<string>? RequestPath { get; init; }

    [Output("srn", "The method's SCP resource name.", Stable = true)]
    public string? Srn { get; init; }
}
