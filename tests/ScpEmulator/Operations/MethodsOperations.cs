using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>HTTP methods on a resource and their integration (HTTP endpoint, Cloud Function or PrivateLink).</summary>
public static class MethodsOperations
{
    private const string Methods = "/v1/apis/{api_id}/resources/{resource_id}/methods";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("POST", Methods, "CreateMethod", Create);
        app.Map("GET", Methods, "ListMethods", List);
        app.Map("GET", Methods + "/{method_type}", "ShowMethod", Show);
        app.Map("PUT", Methods + "/{method_type}", "SetMethod", Set);
        app.Map("DELETE", Methods + "/{method_type}", "DeleteMethod", Delete);
    }

    public static object View(Call call, ApiRecord api, ResourceRecord resource, MethodRecord method) => new
    {
        api_key_required = method.ApiKeyRequired,
        endpoint_url = method.EndpointUrl,
        function_id = method.FunctionId,
        function_name = method.FunctionId is null ? null : $"function-{method.FunctionId[..Math.Min(8, method.FunctionId.Length)]}",
        integration_type = method.IntegrationType,
        method_type = method.MethodType,
        privatelink_endpoint_id = method.PrivatelinkEndpointId,
        query_strings = method.QueryStrings?.ToWire(call.SeedQuirks),
        request_headers = method.RequestHeaders?.ToWire(call.SeedQuirks),
        request_path = string.Join(",", resource.Path.Split('/').Where(p => p.StartsWith('{'))),
        srn = $"srn:e::{call.State.AccountId}:kr-west1::apigateway:method/{api.Id}/*/{method.MethodType}{resource.Path}",
    };

    private static Reply Create(Call call)
    {
        var api = call.Api();
        var resource = ResourcesOperations.Find(call, api);
        var body = call.Body.Required();
        var methodType = body.Enum("method_type", FieldRules.MethodTypes, required: true, nullable: false);
        var method = new MethodRecord { ApiKeyRequired = body.Boolean("api_key_required") ?? false };
        ReadIntegration(body, method, setRequest: false);
        body.ThrowIfInvalid();
        call.State.RequireActive(api);
        if (resource.Methods.ContainsKey(methodType!))
        {
            throw ScpException.Conflict($"method_type: {methodType} already exists on '{resource.Path}'");
        }

        method.MethodType = methodType!;
        method.Name = methodType!;
        method.Id = $"{resource.Id}/{methodType}";
        resource.Methods[methodType!] = call.State.Stamp(method);
        return List(call);
    }

    private static Reply List(Call call)
    {
        var api = call.Api();
        var resource = ResourcesOperations.Find(call, api);
        var methods = call.Visible(resource.Methods.Values).OrderBy(m => m.Sequence);
        return Reply.Ok(new { methods = methods.Select(m => View(call, api, resource, m)).ToArray() });
    }

    private static Reply Show(Call call)
    {
        var (api, resource, method) = Find(call);
        return Reply.Ok(new { method = View(call, api, resource, method) });
    }

    private static Reply Set(Call call)
    {
        var (api, resource, method) = Find(call);
        var body = call.Body.Required();
        var apiKeyRequired = body.Boolean("api_key_required", required: true, nullable: false);
        var update = new MethodRecord { MethodType = method.MethodType };
        ReadIntegration(body, update, setRequest: true);
        body.ThrowIfInvalid();
        method.ApiKeyRequired = apiKeyRequired!.Value;
        method.IntegrationType = update.IntegrationType;
        method.EndpointUrl = update.EndpointUrl;
        method.FunctionId = update.FunctionId;
        method.PrivatelinkEndpointId = update.PrivatelinkEndpointId;
        method.QueryStrings = update.QueryStrings;
        method.RequestHeaders = update.RequestHeaders;
        return Reply.Ok(new { method = View(call, api, resource, method) });
    }

    private static Reply Delete(Call call)
    {
        var (_, resource, method) = Find(call);
        resource.Methods.Remove(method.MethodType);
        return Reply.NoContent();
    }

    private static (ApiRecord Api, ResourceRecord Resource, MethodRecord Method) Find(Call call)
    {
        var api = call.Api();
        var resource = ResourcesOperations.Find(call, api);
        var methodType = call.Route("method_type");
        if (!FieldRules.MethodPathTypes.Contains(methodType, StringComparer.Ordinal))
        {
            throw new ScpException(400, $"method_type: '{methodType}' is not one of {string.Join(", ", FieldRules.MethodPathTypes)}");
        }

        return (api, resource, call.Find(resource.Methods, methodType, "method"));
    }

    /// <summary>The integration fields shared by create and set, with the per-type requirements.</summary>
    private static void ReadIntegration(RequestBody body, MethodRecord method, bool setRequest)
    {
        method.IntegrationType = body.Enum("integration_type", FieldRules.IntegrationTypes, required: true, nullable: false) ?? string.Empty;
        method.EndpointUrl = body.String("endpoint_url");
        method.FunctionId = body.String("function_id");
        method.PrivatelinkEndpointId = body.String("privatelink_endpoint_id");
        method.QueryStrings = body.ParameterMap("query_strings", required: setRequest, nullable: !setRequest);
        method.RequestHeaders = body.ParameterMap("request_headers", required: setRequest, nullable: !setRequest);

        if (method.EndpointUrl is { } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            body.Fail("endpoint_url", $"'{url}' is not an absolute http or https URL");
        }

        var needsUrl = method.IntegrationType is "HTTP" or "PRIVATELINK";
        if (needsUrl && string.IsNullOrEmpty(method.EndpointUrl))
        {
            body.Fail("endpoint_url", $"is required when integration_type is {method.IntegrationType}");
        }

        if (method.IntegrationType == "SCF" && string.IsNullOrEmpty(method.FunctionId))
        {
            body.Fail("function_id", "is required when integration_type is SCF");
        }

        if (method.IntegrationType == "PRIVATELINK" && string.IsNullOrEmpty(method.PrivatelinkEndpointId))
        {
            body.Fail("privatelink_endpoint_id", "is required when integration_type is PRIVATELINK");
        }
    }
}
