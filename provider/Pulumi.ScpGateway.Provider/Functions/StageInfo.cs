using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("StageInfo", "A stage of an API: the deployment it serves and its settings.")]
public record StageInfo
{
    [Output("stageName", "The stage's name, unique within the API.")]
    public string StageName { get; init; } = "";

    [Output("apiId", "The API the stage belongs to.")]
    public string ApiId { get; init; } = "";

    [Output("description", "The stage's description; empty when it has none.")]
    public string Description { get; init; } = "";

    [Output("deploymentId", "The deployment the stage serves.")]
    public string DeploymentId { get; init; } = "";

    [Output("invokeUrl", "The URL clients call.")]
    public string InvokeUrl { get; init; } = "";

    [Output("corsEnabled", "Whether the stage answers CORS requests.")]
    public bool CorsEnabled { get; init; }

    [Output("jwtEnabled", "Whether the stage checks JWTs.")]
    public bool JwtEnabled { get; init; }

    [Output("apiKeyRequired", "Whether some method of the stage needs an API key.")]
    public bool ApiKeyRequired { get; init; }

    [Output("usagePlanId", "The usage plan that limits the stage, if any.")]
    public string? UsagePlanId { get; init; }

    [Output("createdAt", "When the stage was created.")]
    public string CreatedAt { get; init; } = "";

    public static T Fill<T>(T target, Stage stage)
        where T : StageInfo => target with
        {
            StageName = stage.Name,
            ApiId = stage.ApiId,
            Description = stage.Description,
            DeploymentId = stage.DeploymentId,
            InvokeUrl = stage.InvokeUrl,
            CorsEnabled = stage.CorsEnabled,
            JwtEnabled = stage.JwtEnabled,
            ApiKeyRequired = stage.ApiKeyRequired,
            UsagePlanId = string.IsNullOrEmpty(stage.UsagePlanId) ? null : stage.UsagePlanId,
            CreatedAt = stage.CreatedAt,
        };
}
