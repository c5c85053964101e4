using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>An input of a create that names an existing SCP object, and how to tell whether that object exists.</summary>
/// <param name="Property">The input as the program spells it, e.g. <c>apiId</c>.</param>
/// <param name="What">The object it names, in words, e.g. "API" or "deployment of that API".</param>
public sealed record InputReference(string Property, string Value, string What, Func<CancellationToken, Task<bool>> ExistsAsync)
{
    public static InputReference Api(IApiGatewayClient scp, string apiId) =>
        new("apiId", apiId, "API", async ct => await ScpGone.OrNullAsync(() => scp.ShowApiAsync(apiId, ct)) is not null);
}

/// <summary>
/// A create's 404 in the program's words. SCP answers 404 when an id in the request path or body
/// names nothing, and its answer names its own fields and operations (<c>deployment_id</c>,
/// <c>ListResources</c>) rather than the input that was wrong. So on a 404 the inputs that name
/// objects are looked up, in order, and the first that names nothing is the one reported; when the
/// account's API list is itself a 404, the endpoint is what is wrong.
/// </summary>
public static class CreateReferences
{
    public const string EndpointHint = "check scpgateway:apiGatewayEndpoint (or SCP_APIGATEWAY_ENDPOINT): it is the bare https://host, without a path such as /v1";

    /// <summary>Runs <paramref name="create"/>; a 404 from it becomes an error naming the input that points at nothing.</summary>
    public static async Task<T> CheckedAsync<T>(IApiGatewayClient scp, Func<Task<T>> create, CancellationToken cancellationToken, params InputReference[] references)
    {
        try
        {
            return await create();
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
            throw new InvalidOperationException(await ExplainAsync(scp, error, references, cancellationToken), error);
        }
    }

    private static async Task<string> ExplainAsync(IApiGatewayClient scp, ScpApiException error, IReadOnlyList<InputReference> references, CancellationToken cancellationToken)
    {
        foreach (var reference in references)
        {
            bool exists;
            try
            {
                exists = await reference.ExistsAsync(cancellationToken);
            }
            catch (ScpApiException)
            {
                break; // The lookup itself failed: report SCP's own answer below.
            }
            if (!exists)
            {
                if (await EndpointServesNothingAsync(scp, cancellationToken))
                {
                    return $"SCP answered 404 (not found) to every request, including the list of the account's APIs, so the endpoint is wrong: {EndpointHint}";
                }
                return $"{reference.Property} '{EchoedValue.Of(reference.Value)}' points at no {reference.What} in SCP: check the value (a typo, an id from another account or region, or an object deleted outside Pulumi)";
            }
        }
        var named = string.Join(", ", references.Select(reference => $"{reference.Property} '{EchoedValue.Of(reference.Value)}'"));
        return references.Count == 0
            ? $"SCP answered 404 (not found) to the create: {error.Detail}; {EndpointHint}"
            : $"SCP answered 404 (not found) to the create although {named} exist: {error.Detail}";
    }

    private static async Task<bool> EndpointServesNothingAsync(IApiGatewayClient scp, CancellationToken cancellationToken)
    {
        try
        {
            await scp.ListApisAsync(new NamedListQuery { Page = 0, Size = 1 }, cancellationToken);
            return false;
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
            return true;
        }
        catch (ScpApiException)
        {
            return false;
        }
    }
}
