using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record ApiArgs
{
    [Input("name", "The API's name, unique in the account: " + ScpNameRule.Described, Replace = true, Autoname = AutonameStyle.Dashed)]
    [Pattern(ScpNameRule.Pattern, ScpNameRule.Meaning)]
    [Length(ScpNameRule.MinLength, ScpNameRule.MaxLength)]
    public string? Name { get; init; }

    [Input("description", "What the API is for.")]
    public string? Description { get; init; }

    [Input("endpointType", "Where the API is reachable: REGION (public regional endpoint, the default) or PRIVATE (only through PrivateLink endpoints).", Replace = true)]
    [OneOf(typeof(EndpointTypes), UpperCase = true)]
    [Default("REGION")]
    [NotReadable("SCP's API details do not include the endpoint type (an import assumes REGION).")]
    public string EndpointType { get; init; } = "REGION";

    [Input("tags", "Tags given to the API when it is created (tag key to value).", Replace = true)]
    [NotReadable("SCP's API details do not include tags.")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

public record ApiState : ApiArgs
{
    [Output("apiId", "The API's SCP id.", Stable = true)]
    public string ApiId { get; init; } = "";

    [Output("accountId", "The SCP account that owns the API.", Stable = true)]
    public string? AccountId { get; init; }

    [Output("status", "The API's status: Creating while SCP sets it up, then Active.")]
    public string? Status { get; init; }

    [Output("dnsRecordStatus", "The status of the API's DNS record.")]
    public string? DnsRecordStatus { get; init; }

    [Output("createdAt", "When SCP created the API.", Stable = true)]
    public string? CreatedAt { get; init; }

    [Output("rootResourceId", "The id of the API's root resource `/`, which SCP creates with the API; resources without a parentId hang below it.", Stable = true)]
    public string? RootResourceId { get; init; }
}

/// <summary>An API Gateway API: created asynchronously (202), usable once SCP reports it Active.</summary>
[Resource("Api", ImportId = "{apiId}",
    Description = "An API Gateway API. Creation waits until SCP reports the API Active, within the create timeout.")]
public sealed class ApiResource(IApiGatewayClient scp) : CustomResource<ApiArgs, ApiState>
{
    private const string WaitingFor = "the API to become Active";

    public override async Task<(string Id, ApiState State)> CreateAsync(ApiArgs inputs, ResourceContext context)
    {
        var name = inputs.Name!;
        var request = new ApiCreateRequest
        {
            Name = name,
            Description = inputs.Description,
            EndpointType = inputs.EndpointType,
            Tags = inputs.Tags?.Select(tag => new ScpTag { Key = tag.Key, Value = tag.Value }).ToList(),
        };
        var created = await scp.CreateApiAsync(request, new(ct => FindByNameAsync(name, ct), context.ResumedCreate), context.CancellationToken);
        var state = StateFrom(inputs) with { Name = created.Name, ApiId = created.Id, Status = "Creating" };
        try
        {
            var shown = await ResourceWait.Default.UntilAsync(
                WaitingFor, LookupAfterCreate.ToleratingLag(ct => scp.ShowApiAsync(created.Id, ct)), IsActive, context);
            state = WithDetails(state, shown!.Api);
        }
        catch (Exception error) when (error is ResourceWaitTimeoutException or ScpApiException or OperationCanceledException)
        {
            // The API exists in SCP: report it so the engine keeps track of it (cancelled too); the next update finishes the wait.
            throw InitFailed(created.Id, state, error, $"API {created.Id} was created but is not Active yet: {error.Message}");
        }
        try
        {
            return (created.Id, state with { RootResourceId = await RootResourceIdAsync(created.Id, context.CancellationToken) });
        }
        catch (Exception error) when (error is ScpApiException or OperationCanceledException)
        {
            throw InitFailed(created.Id, state, error, $"API {created.Id} is Active but its root resource could not be listed: {error.Message}");
        }
    }

    public override async Task<(ApiArgs Inputs, ApiState State)?> ReadAsync(string id, ApiArgs? oldInputs, ApiState? oldState, ResourceContext context)
    {
        var apiId = ParseId(id)["apiId"];
        var shown = await ScpGone.OrNullAsync(() => scp.ShowApiAsync(apiId, context.CancellationToken));
        if (shown is null)
        {
            return null;
        }
        var rootResourceId = string.IsNullOrEmpty(oldState?.RootResourceId)
            ? await RootResourceIdAsync(apiId, context.CancellationToken)
            : oldState.RootResourceId;
        var state = WithDetails(new ApiState { ApiId = apiId }, shown.Api) with
        {
            Name = shown.Api.Name,
            Description = ReadBack.Description(shown.Api.Description, oldInputs?.Description),
            RootResourceId = rootResourceId,
        };
        return (state, state);
    }

    public override async Task<ApiState> UpdateAsync(string id, ApiArgs olds, ApiArgs news, ApiState oldState, ResourceContext context)
    {
        var state = StateFrom(news) with
        {
            ApiId = oldState.ApiId,
            AccountId = oldState.AccountId,
            Status = oldState.Status,
            DnsRecordStatus = oldState.DnsRecordStatus,
            CreatedAt = oldState.CreatedAt,
            RootResourceId = oldState.RootResourceId,
        };
        if (!IsActive(oldState.Status))
        {
            // A create that timed out left it Creating: finish the wait before changing it.
            var shown = await ResourceWait.Default.UntilAsync(WaitingFor, ct => scp.ShowApiAsync(oldState.ApiId, ct), IsActive, context);
            state = WithDetails(state, shown.Api);
        }
        if (string.IsNullOrEmpty(state.RootResourceId))
        {
            state = state with { RootResourceId = await RootResourceIdAsync(oldState.ApiId, context.CancellationToken) };
        }
        if ((olds.Description ?? "") != (news.Description ?? ""))
        {
            var updated = await scp.SetApiDescriptionAsync(oldState.ApiId, new DescriptionRequest { Description = news.Description ?? "" }, context.CancellationToken);
            state = WithDetails(state, updated.Api);
        }
        return state;
    }

    public override Task DeleteAsync(string id, ApiState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteApiAsync(state.ApiId, context.CancellationToken));

    private static bool IsActive(ApiShowResponse? shown) => shown is not null && IsActive(shown.Api.Status);

    private static bool IsActive(string? status) => string.Equals(status, "Active", StringComparison.OrdinalIgnoreCase);

    private static ApiState WithDetails(ApiState state, Api api) => state with
    {
        AccountId = api.AccountId,
        Status = api.Status,
        DnsRecordStatus = api.DnsRecordStatus,
        CreatedAt = api.CreatedAt,
    };

    private async Task<ApiCreateResponse?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        ExactName.Find(await scp.ListAllApisAsync(name, cancellationToken), api => api.Name, name) is { } api
            ? new ApiCreateResponse { Id = api.Id, Name = api.Name, Description = api.Description }
            : null;

    private async Task<string?> RootResourceIdAsync(string apiId, CancellationToken cancellationToken) =>
        (await scp.ListResourcesAsync(apiId, cancellationToken)).Resources.FirstOrDefault(resource => resource.Path == "/")?.Id;
}
