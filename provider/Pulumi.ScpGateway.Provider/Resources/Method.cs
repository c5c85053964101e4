using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>An HTTP method on a resource and its integration; one PUT with the full body updates it.</summary>
[Resource("Method", ImportId = "{apiId}/{resourceId}/{methodType}",
    Description = "An HTTP method on a resource of an API Gateway API, and where its calls go (an HTTP endpoint, a Cloud Function or a PrivateLink endpoint).")]
public sealed class MethodResource(IApiGatewayClient scp) : CustomResource<MethodArgs, MethodState>
{
    public override async Task<(string Id, MethodState State)> CreateAsync(MethodArgs inputs, ResourceContext context)
    {
        var request = new MethodCreateRequest
        {
            MethodType = inputs.MethodType,
            IntegrationType = inputs.IntegrationType,
            ApiKeyRequired = inputs.ApiKeyRequired,
            EndpointUrl = inputs.EndpointUrl,
            FunctionId = inputs.FunctionId,
            PrivateLinkEndpointId = inputs.PrivatelinkEndpointId,
            QueryStrings = inputs.QueryStrings,
            RequestHeaders = inputs.RequestHeaders,
        };
        var created = await CreateReferences.CheckedAsync(scp, () => scp.CreateMethodAsync(inputs.ApiId, inputs.ResourceId, request,
            new(async ct =>
            {
                var listed = await scp.ListMethodsAsync(inputs.ApiId, inputs.ResourceId, ct);
                return listed.Methods.Any(method => method.MethodType == inputs.MethodType) ? listed : null;
            }, context.ResumedCreate),
            context.CancellationToken),
            context.CancellationToken,
            InputReference.Api(scp, inputs.ApiId),
            new("resourceId", inputs.ResourceId, "resource of that API",
                async ct => await ScpGone.OrNullAsync(() => scp.ShowResourceAsync(inputs.ApiId, inputs.ResourceId, ct)) is not null));
        var state = WithComputed(StateFrom(inputs), created.Methods.FirstOrDefault(method => method.MethodType == inputs.MethodType));
        return (FormatId(state), state);
    }

    public override async Task<(MethodArgs Inputs, MethodState State)?> ReadAsync(string id, MethodArgs? oldInputs, MethodState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var shown = await ScpGone.OrNullAsync(() => scp.ShowMethodAsync(parts["apiId"], parts["resourceId"], parts["methodType"], context.CancellationToken));
        if (shown is null)
        {
            return null;
        }
        var method = shown.Method;
        var state = WithComputed(new MethodState
        {
            ApiId = parts["apiId"],
            ResourceId = parts["resourceId"],
            MethodType = method.MethodType,
            IntegrationType = method.IntegrationType,
            EndpointUrl = NullIfEmpty(method.EndpointUrl),
            FunctionId = NullIfEmpty(method.FunctionId),
            PrivatelinkEndpointId = NullIfEmpty(method.PrivateLinkEndpointId),
            ApiKeyRequired = method.ApiKeyRequired ?? false,
            QueryStrings = Parameters(method.QueryStrings, oldInputs?.QueryStrings),
            RequestHeaders = Parameters(method.RequestHeaders, oldInputs?.RequestHeaders),
        }, method);
        return (state, state);
    }

    public override async Task<MethodState> UpdateAsync(string id, MethodArgs olds, MethodArgs news, MethodState oldState, ResourceContext context)
    {
        // SCP's set replaces the whole method: unset maps are sent empty so they are cleared.
        var request = new MethodSetRequest
        {
            ApiKeyRequired = news.ApiKeyRequired,
            IntegrationType = news.IntegrationType,
            EndpointUrl = news.EndpointUrl,
            FunctionId = news.FunctionId,
            PrivateLinkEndpointId = news.PrivatelinkEndpointId,
            QueryStrings = news.QueryStrings ?? new Dictionary<string, bool>(),
            RequestHeaders = news.RequestHeaders ?? new Dictionary<string, bool>(),
        };
        var updated = await scp.SetMethodAsync(oldState.ApiId, oldState.ResourceId, oldState.MethodType, request, context.CancellationToken);
        return WithComputed(StateFrom(news), updated.Method);
    }

    public override Task DeleteAsync(string id, MethodState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteMethodAsync(state.ApiId, state.ResourceId, state.MethodType, context.CancellationToken));

    private static MethodState WithComputed(MethodState state, Method? method) => state with
    {
        FunctionName = NullIfEmpty(method?.FunctionName),
        RequestPath = method?.RequestPath is { } path ? RequestPathOf(path) : null,
        Srn = NullIfEmpty(method?.Srn),
    };

    /// <summary>The path parameters in order; SCP may spell several as one comma-joined string.</summary>
    private static IReadOnlyList<string> RequestPathOf(IEnumerable<string> path) =>
        [.. path.SelectMany(item => item.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>An empty map reads as unset unless the program itself wrote an empty map.</summary>
    private static IReadOnlyDictionary<string, bool>? Parameters(IReadOnlyDictionary<string, bool>? scp, IReadOnlyDictionary<string, bool>? old) =>
        scp is { Count: > 0 } ? scp : old is { Count: 0 } ? old : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
