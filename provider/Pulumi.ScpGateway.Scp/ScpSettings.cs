namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Everything the SCP client needs, fully resolved (provider config, then environment, then
/// <c>~/.scpconf</c>). Built by the settings resolver; consumed by the client. Holds secrets:
/// never log or format it (ToString is overridden for that reason).
/// </summary>
public sealed record ScpSettings
{
    public required string AccessKey { get; init; }
    public required string SecretKey { get; init; }
    /// <summary>Empty when not configured; it is part of the signature either way.</summary>
    public string AccountId { get; init; } = "";
    public string Region { get; init; } = "kr-west1";
    public string Environment { get; init; } = "e";
    /// <summary>Base URL of API Gateway: the override, or the host derived from region and environment.</summary>
    public required Uri ApiGatewayEndpoint { get; init; }
    /// <summary>Base URL of Queue Service: the override, or the host derived from region and environment.</summary>
    public required Uri QueueServiceEndpoint { get; init; }
    /// <summary>Sent as <c>Scp-Api-Version: apigateway {ApiGatewayVersion}</c>.</summary>
    public string ApiGatewayVersion { get; init; } = "1.2";
    /// <summary>Sent as <c>Scp-Api-Version: queueservice {QueueServiceVersion}</c>.</summary>
    public string QueueServiceVersion { get; init; } = "1.0";
    /// <summary>Accept-Language: en-US or ko-KR.</summary>
    public string Language { get; init; } = "en-US";
    /// <summary>Retries of retryable failures per request.</summary>
    public int MaxRetries { get; init; } = 8;
    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public override string ToString() =>
        $"ScpSettings {{ Region = {Region}, Environment = {Environment}, ApiGatewayEndpoint = {ApiGatewayEndpoint}, QueueServiceEndpoint = {QueueServiceEndpoint} }}";
}
