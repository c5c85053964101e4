using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record ApiKeyArgs
{
    [Input("apiId", "The id of the API the key's usage plan belongs to.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("usagePlanId", "The usage plan the key counts against.", Replace = true)]
    public string UsagePlanId { get; init; } = "";

    [Input("name", "The key's name, unique within the usage plan: " + ScpNameRule.Described, Replace = true, Autoname = AutonameStyle.Dashed)]
    [Pattern(ScpNameRule.Pattern, ScpNameRule.Meaning)]
    [Length(ScpNameRule.MinLength, ScpNameRule.MaxLength)]
    public string? Name { get; init; }

    [Input("description", "What the key is for.")]
    public string? Description { get; init; }

    [Input("triggers", RotationTriggers.ApiKeyDescription, Replace = true)]
    [NotReadable(RotationTriggers.NotReadableReason)]
    public IReadOnlyDictionary<string, string>? Triggers { get; init; }
}

public record ApiKeyState : ApiKeyArgs
{
    [Output("apiKeyId", "The key's SCP id (what a Stage's connectedApiKeys lists).", Stable = true)]
    public string ApiKeyId { get; init; } = "";

    [Output("createdAt", "When the key was created.", Stable = true)]
    public string? CreatedAt { get; init; }

    [Output("key", "The key value callers send; secret.", Stable = true)]
    [Secret]
    public string? Key { get; init; }
}

/// <summary>An API key of a usage plan. SCP has no call that shows one key, so Read looks through the plan's keys.</summary>
[Resource("ApiKey", ImportId = "{apiId}/{usagePlanId}/{apiKeyId}",
    Description = "An API key of an API Gateway usage plan; connect it to stages through the Stage's connectedApiKeys.")]
public sealed class ApiKeyResource(IApiGatewayClient scp) : CustomResource<ApiKeyArgs, ApiKeyState>
{
    public override async Task<(string Id, ApiKeyState State)> CreateAsync(ApiKeyArgs inputs, ResourceContext context)
    {
        var name = inputs.Name!;
        var request = new ApiKeyCreateRequest { Name = name, Description = inputs.Description };
        var created = await CreateReferences.CheckedAsync(scp,
            () => scp.CreateApiKeyAsync(inputs.ApiId, inputs.UsagePlanId, request, new(FindExistingAsync, context.ResumedCreate), context.CancellationToken),
            context.CancellationToken,
            InputReference.Api(scp, inputs.ApiId),
            new("usagePlanId", inputs.UsagePlanId, "usage plan of that API",
                async ct => await ScpGone.OrNullAsync(() => scp.ShowUsagePlanAsync(inputs.ApiId, inputs.UsagePlanId, ct)) is not null));
        var state = StateOf(inputs.ApiId, inputs.UsagePlanId, created.ApiKey, inputs);
        return (FormatId(state), state);

        async Task<ApiKeyShowResponse?> FindExistingAsync(CancellationToken ct)
        {
            var keys = await scp.ListAllApiKeysAsync(inputs.ApiId, inputs.UsagePlanId, name, ct);
            var found = ExactName.Find(keys, key => key.Name, name);
            return found is null ? null : new ApiKeyShowResponse { ApiKey = found };
        }
    }

    public override async Task<(ApiKeyArgs Inputs, ApiKeyState State)?> ReadAsync(string id, ApiKeyArgs? oldInputs, ApiKeyState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var (apiId, usagePlanId, apiKeyId) = (parts["apiId"], parts["usagePlanId"], parts["apiKeyId"]);
        var keys = await ScpGone.OrNullAsync(() => scp.ListAllApiKeysAsync(apiId, usagePlanId, null, context.CancellationToken));
        var found = keys?.FirstOrDefault(key => key.Id == apiKeyId);
        if (found is null)
        {
            return null;
        }
        var state = StateOf(apiId, usagePlanId, found, oldInputs);
        return (state, state);
    }

    public override async Task<ApiKeyState> UpdateAsync(string id, ApiKeyArgs olds, ApiKeyArgs news, ApiKeyState oldState, ResourceContext context)
    {
        var described = await scp.SetApiKeyDescriptionAsync(
            news.ApiId, news.UsagePlanId, oldState.ApiKeyId, new DescriptionRequest { Description = news.Description }, context.CancellationToken);
        // Keep the key value from state should the answer leave it out.
        var state = StateOf(news.ApiId, news.UsagePlanId, described.ApiKey, news);
        return state with { Key = string.IsNullOrEmpty(state.Key) ? oldState.Key : state.Key, Description = news.Description };
    }

    public override Task DeleteAsync(string id, ApiKeyState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteApiKeyAsync(state.ApiId, state.UsagePlanId, state.ApiKeyId, context.CancellationToken));

    private static ApiKeyState StateOf(string apiId, string usagePlanId, ApiKey key, ApiKeyArgs? program) => new()
    {
        ApiId = apiId,
        UsagePlanId = usagePlanId,
        Name = key.Name,
        Description = ReadBack.Description(key.Description, program?.Description),
        Triggers = program?.Triggers,
        ApiKeyId = key.Id,
        CreatedAt = key.CreatedAt,
        Key = key.Key,
    };
}
