using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

public record StageArgs : ICrossPropertyRules
{
    [Input("apiId", "The id of the API this stage serves.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("name", "The stage's name, part of its invoke URL (for example dev or prod); unique within the API: " + ScpNameRule.Described, Replace = true)]
    [Pattern(ScpNameRule.Pattern, ScpNameRule.Meaning)]
    [Length(ScpNameRule.MinLength, ScpNameRule.MaxLength)]
    public string Name { get; init; } = "";

    [Input("deploymentId", "The deployment the stage serves (a Deployment's deploymentId); changing it switches the stage to that deployment in place. Route changes reach callers only through a new deployment: use a Deployment whose triggers are built from the routes.")]
    public string DeploymentId { get; init; } = "";

    [Input("description", "What the stage is for.")]
    public string? Description { get; init; }

    [Input("corsEnabled", "Whether the stage answers CORS requests with the allow* settings.")]
    [Default(false)]
    public bool CorsEnabled { get; init; }

    [Input("jwtEnabled", "Whether callers must present a JWT access token (see Auth).")]
    [Default(false)]
    public bool JwtEnabled { get; init; }

    [Input("allowOrigins", "CORS: origins allowed to call the stage; order does not matter.")]
    [Set]
    public IReadOnlyList<string>? AllowOrigins { get; init; }

    [Input("allowHeaders", "CORS: request headers callers may send; order does not matter.")]
    [Set]
    public IReadOnlyList<string>? AllowHeaders { get; init; }

    [Input("exposeHeaders", "CORS: response headers browsers may read; order does not matter.")]
    [Set]
    public IReadOnlyList<string>? ExposeHeaders { get; init; }

    [Input("allowMethods", "CORS: HTTP methods allowed, each GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS or ANY; order does not matter.")]
    [Set]
    [OneOf(typeof(MethodTypes), UpperCase = true)]
    public IReadOnlyList<string>? AllowMethods { get; init; }

    [Input("allowCredentials", "CORS: whether browsers may send credentials.")]
    public bool? AllowCredentials { get; init; }

    [Input("maxAge", "CORS: how many seconds browsers may cache a preflight answer (0 or more).")]
    [Range(0, int.MaxValue)]
    public int? MaxAge { get; init; }

    [Input("usagePlanId", "The usage plan (a UsagePlan's usagePlanId) that limits calls to this stage.")]
    public string? UsagePlanId { get; init; }

    [Input("connectedApiKeys", "Ids of the usage plan's API keys (ApiKey's apiKeyId) that may call this stage; needs usagePlanId. Order does not matter.")]
    [Set]
    public IReadOnlyList<string>? ConnectedApiKeys { get; init; }

    public IEnumerable<CheckFailure> Check(UnknownInputs unknown)
    {
        if (unknown.AllKnown("connectedApiKeys", "usagePlanId") && ConnectedApiKeys is { Count: > 0 } && UsagePlanId is null)
        {
            yield return new CheckFailure("connectedApiKeys", "needs usagePlanId: SCP connects API keys to a stage only through their usage plan");
        }
    }
}

public record StageState : StageArgs
{
    [Output("invokeUrl", "The URL clients call the stage at.", Stable = true)]
    public string? InvokeUrl { get; init; }

    [Output("activeDeployment", "When the deployment the stage now serves was made.")]
    public string? ActiveDeployment { get; init; }

    [Output("apiKeyRequired", "Whether any method of the API requires an API key.")]
    public bool ApiKeyRequired { get; init; }

    [Output("createdAt", "When the stage was created.", Stable = true)]
    public string? CreatedAt { get; init; }

    [Output("usagePlanName", "The name of the stage's usage plan.")]
    public string? UsagePlanName { get; init; }

    [Output("usagePlanLimit", "The call limit of the stage's usage plan.")]
    public long? UsagePlanLimit { get; init; }

    [Output("usagePlanRate", "The period of the usage plan's limit: hour, day or month.")]
    [OneOf(typeof(UsagePlanRates))]
    public string? UsagePlanRate { get; init; }

    [Output("usagePlanApiKeys", "The API keys connected to the stage, with their names.")]
    public IReadOnlyList<StageApiKey>? UsagePlanApiKeys { get; init; }
}

[ObjectType("StageApiKey", "An API key connected to a stage.")]
public record StageApiKey
{
    [Output("id", "The API key's id.")]
    public string Id { get; init; } = "";

    [Output("name", "The API key's name.")]
    public string Name { get; init; } = "";
}
