using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>A named stage of an Api serving one deployment, with its CORS, JWT and usage plan settings.</summary>
public sealed class StageRecord : StoredObject
{
    public string DeploymentId { get; set; } = string.Empty;

    /// <summary>When the deployment the stage serves was made.</summary>
    [JsonPropertyName("active_deployment")]
    public DateTimeOffset ActiveDeploymentAt { get; set; }

    public string? Description { get; set; }

    public bool CorsEnabled { get; set; }

    public bool JwtEnabled { get; set; }

    public bool? AllowCredentials { get; set; }

    public IReadOnlyList<string>? AllowHeaders { get; set; }

    public IReadOnlyList<string>? AllowMethods { get; set; }

    public IReadOnlyList<string>? AllowOrigins { get; set; }

    public IReadOnlyList<string>? ExposeHeaders { get; set; }

    public long? MaxAge { get; set; }

    public string? UsagePlanId { get; set; }

    /// <summary>Ids of API keys of the usage plan that may call this stage.</summary>
    public IReadOnlyList<string> ConnectedApiKeys { get; set; } = [];
}
