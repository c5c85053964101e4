using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record AuthArgs
{
    [Input("apiId", "The id of the API whose stages this authentication protects.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("name", "The authentication's name, unique within the API: " + ScpNameRule.Described, Replace = true, Autoname = AutonameStyle.Dashed)]
    [Pattern(ScpNameRule.Pattern, ScpNameRule.Meaning)]
    [Length(ScpNameRule.MinLength, ScpNameRule.MaxLength)]
    public string? Name { get; init; }

    [Input("expirationPeriod", "Days until the access token expires, at least 1. SCP fixes the expiry when it issues the token, so a change issues a new token.", Replace = true)]
    [Range(1, 36500)]
    [NotReadable("SCP returns only the expiry time (expiredAt), not the period.")]
    public int ExpirationPeriod { get; init; }

    [Input("connectedStages", "Names of the API's stages whose callers must present the access token (order does not matter).")]
    [Set]
    public IReadOnlyList<string>? ConnectedStages { get; init; }

    [Input("triggers", RotationTriggers.AuthDescription, Replace = true)]
    [NotReadable(RotationTriggers.NotReadableReason)]
    public IReadOnlyDictionary<string, string>? Triggers { get; init; }
}

public record AuthState : AuthArgs
{
    [Output("authId", "The authentication's SCP id.", Stable = true)]
    public string AuthId { get; init; } = "";

    [Output("authMethod", "How callers authenticate, as SCP names it (a JSON Web Token).")]
    public string? AuthMethod { get; init; }

    [Output("expiredAt", "When the access token expires.", Stable = true)]
    public string? ExpiredAt { get; init; }

    [Output("accessToken", "The access token callers present. SCP shows it only once, in the answer to the create, so it is kept from that moment on; an imported auth has no access token (replace the resource to get a new one).", Stable = true)]
    [Secret]
    public string? AccessToken { get; init; }
}

/// <summary>
/// A JWT authentication of an API. Create answers only the token, so the new auth's id is
/// found by its name afterwards. Until that succeeds the name stands in for the id
/// (<c>apiId/name</c>), and every later call resolves it by name, so the auth is never lost.
/// </summary>
[Resource("Auth", ImportId = "{apiId}/{authId}",
    Description = "A JWT authentication of an API Gateway API: an access token that callers of the connected stages must present. "
        + "SCP's create answers only the token, so the provider then finds the auth's id by its name; should SCP not list the new auth in time, "
        + "the create is reported as partly done with the id <apiId>/<name>, and the next update or refresh finds the auth by that name.")]
public sealed class AuthResource(IApiGatewayClient scp) : CustomResource<AuthArgs, AuthState>
{
    /// <summary>Creates tried when each answer is lost (remaking the auth each time its token went with it).</summary>
    /// <remarks>
    /// Five: a network that loses one answer in eleven (the fault soak's) loses three in a row for
    /// about one auth create in 1,300, which a soak of 24 creates met; five in a row, one in 160,000.
    /// </remarks>
    private const int UnknownOutcomeRounds = 5;

    public override async Task<(string Id, AuthState State)> CreateAsync(AuthArgs inputs, ResourceContext context)
    {
        var name = inputs.Name!;
        var request = new AuthCreateRequest { Name = name, ExpirationPeriod = inputs.ExpirationPeriod, ConnectedStages = inputs.ConnectedStages ?? [] };
        var state = StateFrom(inputs);
        // Whether the name was taken before this create decides below whether an auth found by it is ours.
        var existing = await CreateReferences.CheckedAsync(scp, () => FindByNameAsync(inputs.ApiId, name, context.CancellationToken),
            context.CancellationToken, InputReference.Api(scp, inputs.ApiId));
        if (existing is not null && context.ResumedCreate)
        {
            // A killed run's create made it, and its access token was lost with that run's answer: make it again.
            await context.Log.InfoAsync($"auth '{name}' was created by an earlier run that did not finish, and its access token was lost; creating it again", context.CancellationToken);
            await ScpGone.DeleteAsync(() => scp.DeleteAuthAsync(inputs.ApiId, existing.Id, context.CancellationToken));
            existing = null;
        }
        var takenBefore = existing is not null;
        for (var round = 1; ; round++)
        {
            try
            {
                var created = await CreateReferences.CheckedAsync(scp, () => scp.CreateAuthAsync(inputs.ApiId, request, context.CancellationToken),
                    context.CancellationToken, InputReference.Api(scp, inputs.ApiId));
                state = state with { AccessToken = created.AccessToken };
                break;
            }
            catch (ScpApiException error) when (error.OutcomeUnknown)
            {
                // The auth may exist without us ever seeing its token: record it rather than orphan it.
                var made = await LookupAfterCreate.FindAsync($"auth '{name}' to be listed",
                    ct => FindByNameAsync(inputs.ApiId, name, ct), context);
                if (made is not null && !takenBefore && round < UnknownOutcomeRounds)
                {
                    // Ours, but its token is lost for good: remove it and ask for a new one.
                    await context.Log.InfoAsync($"auth '{name}' was created but SCP's answer holding its access token was lost; creating it again", context.CancellationToken);
                    await ScpGone.DeleteAsync(() => scp.DeleteAuthAsync(inputs.ApiId, made.Id, context.CancellationToken));
                    continue;
                }
                if (made is not null)
                {
                    throw InitFailed(FormatId(inputs.ApiId, made.Id), WithAuth(state, made), error,
                        $"auth '{name}' was created but SCP's answer, the only one holding its access token, was lost; replace the auth to get a token");
                }
                if (round == UnknownOutcomeRounds)
                {
                    throw;
                }
                // Still not listed after the lookups' grace: that request did not create it, so asking again makes no duplicate.
            }
        }
        Auth? auth;
        try
        {
            // A 404 here is SCP lagging behind the create it just answered, like a missing entry.
            auth = await LookupAfterCreate.FindAsync($"auth '{name}' to be listed",
                ct => FindByNameAsync(inputs.ApiId, name, ct), context);
        }
        catch (Exception error) when (error is ScpApiException or OperationCanceledException)
        {
            throw InitFailed(FormatId(inputs.ApiId, name), state, error, $"auth '{name}' was created but listing the API's auths to find its id failed");
        }
        if (auth is null)
        {
            throw InitFailed(FormatId(inputs.ApiId, name), state, null,
                $"auth '{name}' was created but SCP does not list it yet; the next update finds its id by name");
        }
        state = WithAuth(state, auth);
        return (FormatId(state), state);
    }

    public override async Task<(AuthArgs Inputs, AuthState State)?> ReadAsync(string id, AuthArgs? oldInputs, AuthState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var apiId = parts["apiId"];
        var auth = oldState is { AuthId.Length: > 0 }
            ? await ScpGone.OrNullAsync(() => ShowAsync(apiId, oldState.AuthId, context.CancellationToken))
            : await ShowOrFindByNameAsync(apiId, parts["authId"], oldState?.Name ?? parts["authId"], context.CancellationToken);
        if (auth is null)
        {
            return null;
        }
        var state = WithAuth(new AuthState { ApiId = apiId, AccessToken = oldState?.AccessToken }, auth) with
        {
            ConnectedStages = ReadBack.Set(auth.ConnectedStages, oldInputs?.ConnectedStages),
        };
        return (state, state);
    }

    public override async Task<AuthState> UpdateAsync(string id, AuthArgs olds, AuthArgs news, AuthState oldState, ResourceContext context)
    {
        var authId = await AuthIdAsync(oldState, context.CancellationToken)
            ?? throw new InvalidOperationException($"Auth '{EchoedValue.Of(oldState.Name ?? "")}' no longer exists in API {oldState.ApiId}; refresh to forget it.");
        var answer = await scp.SetAuthAsync(oldState.ApiId, authId, new AuthSetRequest { ConnectedStages = news.ConnectedStages ?? [] }, context.CancellationToken);
        return WithAuth(StateFrom(news) with { AccessToken = oldState.AccessToken }, answer.Auth) with { AuthId = authId };
    }

    public override async Task DeleteAsync(string id, AuthState state, ResourceContext context)
    {
        var authId = await AuthIdAsync(state, context.CancellationToken);
        if (authId is not null)
        {
            await ScpGone.DeleteAsync(() => scp.DeleteAuthAsync(state.ApiId, authId, context.CancellationToken));
        }
    }

    private static AuthState WithAuth(AuthState state, Auth auth) => state with
    {
        Name = auth.Name,
        AuthId = auth.Id,
        AuthMethod = auth.AuthMethod,
        ExpiredAt = auth.ExpiredAt,
    };

    /// <summary>The auth's SCP id: from the state, or by name when the create could not learn it; null when it is gone.</summary>
    private async Task<string?> AuthIdAsync(AuthState state, CancellationToken cancellationToken)
    {
        if (state.AuthId.Length > 0)
        {
            return state.AuthId;
        }
        var found = await FindByNameAsync(state.ApiId, state.Name ?? "", cancellationToken);
        return found?.Id;
    }

    private async Task<Auth> ShowAsync(string apiId, string authId, CancellationToken cancellationToken) =>
        (await scp.ShowAuthAsync(apiId, authId, cancellationToken)).Auth;

    /// <summary>Show by id; failing that, the auth named <paramref name="name"/> (an id that is still the name, or an import by name).</summary>
    private async Task<Auth?> ShowOrFindByNameAsync(string apiId, string authId, string name, CancellationToken cancellationToken) =>
        await ScpGone.OrNullAsync(() => ShowAsync(apiId, authId, cancellationToken))
            ?? await FindByNameAsync(apiId, name, cancellationToken);

    /// <summary>The auth named <paramref name="name"/>; null when there is none or the API is gone.</summary>
    private async Task<Auth?> FindByNameAsync(string apiId, string name, CancellationToken cancellationToken) =>
        await ScpGone.OrNullAsync(async () => ExactName.Find(await scp.ListAllAuthsAsync(apiId, cancellationToken), auth => auth.Name, name));
}
