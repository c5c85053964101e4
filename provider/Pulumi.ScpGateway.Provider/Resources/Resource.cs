using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using ScpResourceCreateRequest = Pulumi.ScpGateway.Scp.ApiGateway.Models.ResourceCreateRequest;

namespace Pulumi.ScpGateway.Provider.Resources;

public record ResourceArgs
{
    [Input("apiId", "The id of the API the path segment belongs to.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("parentId", "The id of the resource this segment goes below; absent means the API's root resource `/`.", Replace = true)]
    public string? ParentId { get; init; }

    [Input("pathPart", "The path segment: a literal such as `users`, or a path parameter in braces such as `{user-id}`. 3 to 50 lower-case letters, digits and dashes starting with a letter and not ending with a dash; a parameter name needs at least three characters, so `{id}` is refused.", Replace = true)]
    [Pattern(@"^(\{[a-z][a-z0-9\-]{1,46}[a-z0-9]\}|[a-z][a-z0-9\-]{1,48}[a-z0-9])$", "a path segment",
        Message = "must be 3 to 50 lower-case letters, digits and dashes starting with a letter and not ending with a dash, or such a name (at least three characters) in braces; got '{value}' ('{id}' is refused: SCP needs at least three characters inside braces, e.g. '{user-id}')")]
    public string PathPart { get; init; } = "";
}

public record ResourceState : ResourceArgs
{
    [Output("resourceId", "The resource's SCP id (use it as another resource's parentId or a method's resourceId).", Stable = true)]
    public string ResourceId { get; init; } = "";

    [Output("path", "The full path of the resource, e.g. `/users/{user-id}`.", Stable = true)]
    public string? Path { get; init; }
}

/// <summary>A path segment of an API; every property replaces it.</summary>
[Resource("Resource", ImportId = "{apiId}/{resourceId}",
    Description = "A path segment of an API Gateway API (a literal or a `{parameter}`), below the API's root or another resource.")]
public sealed class ResourceResource(IApiGatewayClient scp) : CustomResource<ResourceArgs, ResourceState>
{
    public override async Task<(string Id, ResourceState State)> CreateAsync(ResourceArgs inputs, ResourceContext context)
    {
        var created = await CreateReferences.CheckedAsync(scp, async () =>
        {
            var parentId = inputs.ParentId ?? await RootIdAsync(inputs.ApiId, context.CancellationToken);
            return await scp.CreateResourceAsync(inputs.ApiId, parentId, new ScpResourceCreateRequest { PathPart = inputs.PathPart },
                new(ct => FindAsync(inputs.ApiId, parentId, inputs.PathPart, ct), context.ResumedCreate), context.CancellationToken);
        }, context.CancellationToken, [InputReference.Api(scp, inputs.ApiId), .. ParentReference(inputs)]);
        var state = StateFrom(inputs) with { ResourceId = created.Id, Path = created.Path };
        return (FormatId(state), state);
    }

    public override async Task<(ResourceArgs Inputs, ResourceState State)?> ReadAsync(string id, ResourceArgs? oldInputs, ResourceState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var apiId = parts["apiId"];
        var shown = await ScpGone.OrNullAsync(() => scp.ShowResourceAsync(apiId, parts["resourceId"], context.CancellationToken));
        if (shown is null)
        {
            return null;
        }
        var resource = shown.Resource;
        var state = new ResourceState
        {
            ApiId = apiId,
            ParentId = ParentIdAsWritten(resource, oldInputs),
            PathPart = resource.PathPart,
            ResourceId = resource.Id,
            Path = resource.Path,
        };
        return (state, state);
    }

    public override Task DeleteAsync(string id, ResourceState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteResourceAsync(state.ApiId, state.ResourceId, context.CancellationToken));

    /// <summary>
    /// A segment directly below `/` reads back without parentId unless the program named the
    /// parent, so a program that relied on the default shows no diff.
    /// </summary>
    private static string? ParentIdAsWritten(Resource resource, ResourceArgs? oldInputs)
    {
        var belowRoot = resource.Path == "/" + resource.PathPart;
        return belowRoot && oldInputs?.ParentId is null ? null : resource.ParentId;
    }

    private IEnumerable<InputReference> ParentReference(ResourceArgs inputs)
    {
        if (inputs.ParentId is { } parentId)
        {
            yield return new("parentId", parentId, "resource of that API",
                async ct => await ScpGone.OrNullAsync(() => scp.ShowResourceAsync(inputs.ApiId, parentId, ct)) is not null);
        }
    }

    private async Task<string> RootIdAsync(string apiId, CancellationToken cancellationToken) =>
        (await scp.ListResourcesAsync(apiId, cancellationToken)).Resources.FirstOrDefault(resource => resource.Path == "/")?.Id
        ?? throw new InvalidOperationException($"API {apiId} has no root resource '/' in SCP's resource list.");

    private async Task<ResourceCreateResponse?> FindAsync(string apiId, string parentId, string pathPart, CancellationToken cancellationToken) =>
        (await scp.ListResourcesAsync(apiId, cancellationToken)).Resources
            .FirstOrDefault(resource => resource.ParentId == parentId && resource.PathPart == pathPart) is { } found
            ? new ResourceCreateResponse { ApiId = apiId, Id = found.Id, ParentId = found.ParentId, Path = found.Path }
            : null;
}
