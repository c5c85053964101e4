using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// The provider's configuration (RESOURCES.md "Provider configuration"), declared like a
/// resource's Args: CheckConfig, DiffConfig and the schema's config section come from here.
/// Where else a value can come from (environment, ~/.scpconf), the defaults and the value rules
/// are the SCP client's (<see cref="ScpConfigKeys"/>).
/// </summary>
public sealed record ScpGatewayConfig
{
    [Input(ScpConfigKeys.AccessKey, "The SCP access key used to sign requests.")]
    [Secret]
    public string? AccessKey { get; init; }

    [Input(ScpConfigKeys.SecretKey, "The SCP secret key used to sign requests.")]
    [Secret]
    public string? SecretKey { get; init; }

    [Input(ScpConfigKeys.AccountId, "The SCP account id. Optional; when set it is sent with every request and is part of the signature.")]
    public string? AccountId { get; init; }

    [Input(ScpConfigKeys.Region, "The SCP region, such as kr-west1. Changing it replaces the provider's resources.", Replace = true)]
    [Default(ScpConfigKeys.DefaultRegion)]
    [ScpConfigRule(ScpConfigKeys.Region)]
    public string? Region { get; init; }

    [Input(ScpConfigKeys.Environment, "The SCP environment: `s`, `g` or `e`. Changing it replaces the provider's resources.", Replace = true)]
    [Default(ScpConfigKeys.DefaultEnvironment)]
    [ScpConfigRule(ScpConfigKeys.Environment)]
    public string? Environment { get; init; }

    [Input(ScpConfigKeys.ApiGatewayEndpoint, "Base URL of the API Gateway service, overriding the host derived from region and environment (private endpoints, proxies, emulators).")]
    [ScpConfigRule(ScpConfigKeys.ApiGatewayEndpoint)]
    public string? ApiGatewayEndpoint { get; init; }

    [Input(ScpConfigKeys.QueueServiceEndpoint, "Base URL of the Queue Service, overriding the host derived from region and environment (private endpoints, proxies, emulators).")]
    [ScpConfigRule(ScpConfigKeys.QueueServiceEndpoint)]
    public string? QueueServiceEndpoint { get; init; }

    [Input(ScpConfigKeys.ApiGatewayVersion, "The API Gateway API version to request (sent as `Scp-Api-Version: apigateway <version>`).")]
    [Default(ScpConfigKeys.DefaultApiGatewayVersion)]
    public string? ApiGatewayVersion { get; init; }

    [Input(ScpConfigKeys.Language, "Language of SCP messages (Accept-Language): `en-US` or `ko-KR`.")]
    [Default(ScpConfigKeys.DefaultLanguage)]
    [ScpConfigRule(ScpConfigKeys.Language)]
    public string? Language { get; init; }

    [Input(ScpConfigKeys.MaxRetries, "How many times a request that failed in a retryable way is retried (0 to 20).")]
    [Default(ScpConfigKeys.DefaultMaxRetries)]
    [ScpConfigRule(ScpConfigKeys.MaxRetries)]
    public int? MaxRetries { get; init; }

    [Input(ScpConfigKeys.RequestTimeoutSeconds, "Timeout of one HTTP attempt, in seconds (1 to 3600).")]
    [Default(ScpConfigKeys.DefaultRequestTimeoutSeconds)]
    [ScpConfigRule(ScpConfigKeys.RequestTimeoutSeconds)]
    public int? RequestTimeoutSeconds { get; init; }
}
