namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Every provider config key (RESOURCES.md "Provider configuration"), with the environment
/// variables and ~/.scpconf keys that can also supply it (SCP-API.md "Credentials and
/// settings"). The single source for CheckConfig, settings resolution and the schema.
/// </summary>
public static class ScpConfigKeys
{
    public const string AccessKey = "accessKey";
    public const string SecretKey = "secretKey";
    public const string AccountId = "accountId";
    public const string Region = "region";
    public const string Environment = "environment";
    public const string ApiGatewayEndpoint = "apiGatewayEndpoint";
    public const string QueueServiceEndpoint = "queueServiceEndpoint";
    public const string ApiGatewayVersion = "apiGatewayVersion";
    public const string Language = "language";
    public const string MaxRetries = "maxRetries";
    public const string RequestTimeoutSeconds = "requestTimeoutSeconds";

    public static readonly IReadOnlyList<ScpConfigKey> All =
    [
        new()
        {
            Name = AccessKey,
            Type = ScpConfigValueType.String,
            Summary = "The SCP access key used to sign requests.",
            Secret = true,
            EnvironmentVariables = ["SCP_ACCESS_KEY", "SCP_TF_ACCESS_KEY"],
            File = new(ScpConfFileKey.CredentialsFile, "access-key"),
        },
        new()
        {
            Name = SecretKey,
            Type = ScpConfigValueType.String,
            Summary = "The SCP secret key used to sign requests.",
            Secret = true,
            EnvironmentVariables = ["SCP_SECRET_KEY", "SCP_TF_SECRET_KEY"],
            File = new(ScpConfFileKey.CredentialsFile, "secret-key"),
        },
        new()
        {
            Name = AccountId,
            Type = ScpConfigValueType.String,
            Summary = "The SCP account id. Optional; when set it is sent with every request and is part of the signature.",
            EnvironmentVariables = ["SCP_ACCOUNT_ID", "SCP_TF_ACCOUNT_ID"],
            File = new(ScpConfFileKey.ConfigFile, "account-id"),
        },
        new()
        {
            Name = Region,
            Type = ScpConfigValueType.String,
            Summary = "The SCP region, such as kr-west1. Changing it replaces the provider's resources.",
            Default = "kr-west1",
            ReplaceOnChange = true,
            EnvironmentVariables = ["SCP_REGION", "SCP_TF_DEFAULT_REGION"],
            File = new(ScpConfFileKey.ConfigFile, "default-region"),
            Rule = ScpConfigRules.RegionName,
        },
        new()
        {
            Name = Environment,
            Type = ScpConfigValueType.String,
            Summary = "The SCP environment: `s`, `g` or `e`. Changing it replaces the provider's resources.",
            Default = "e",
            ReplaceOnChange = true,
            EnvironmentVariables = ["SCP_ENVIRONMENT"],
            Rule = ScpConfigRules.OneOf([.. ScpRegions.Environments]),
        },
        new()
        {
            Name = ApiGatewayEndpoint,
            Type = ScpConfigValueType.String,
            Summary = "Base URL of the API Gateway service, overriding the host derived from region and environment (private endpoints, proxies, emulators).",
            EnvironmentVariables = ["SCP_APIGATEWAY_ENDPOINT"],
            Rule = ScpConfigRules.AbsoluteHttpUrl,
        },
        new()
        {
            Name = QueueServiceEndpoint,
            Type = ScpConfigValueType.String,
            Summary = "Base URL of the Queue Service, overriding the host derived from region and environment (private endpoints, proxies, emulators).",
            EnvironmentVariables = ["SCP_QUEUESERVICE_ENDPOINT"],
            Rule = ScpConfigRules.AbsoluteHttpUrl,
        },
        new()
        {
            Name = ApiGatewayVersion,
            Type = ScpConfigValueType.String,
            Summary = "The API Gateway API version to request (sent as `Scp-Api-Version: apigateway <version>`).",
            Default = "1.2",
        },
        new()
        {
            Name = Language,
            Type = ScpConfigValueType.String,
            Summary = "Language of SCP messages (Accept-Language): `en-US` or `ko-KR`.",
            Default = "en-US",
            Rule = ScpConfigRules.OneOf("en-US", "ko-KR"),
        },
        new()
        {
            Name = MaxRetries,
            Type = ScpConfigValueType.Integer,
            Summary = "How many times a request that failed in a retryable way is retried (0 to 20).",
            Default = "8",
            Rule = ScpConfigRules.IntegerRange(0, 20),
        },
        new()
        {
            Name = RequestTimeoutSeconds,
            Type = ScpConfigValueType.Integer,
            Summary = "Timeout of one HTTP attempt, in seconds (1 to 3600).",
            Default = "60",
            Rule = ScpConfigRules.IntegerRange(1, 3600),
        },
    ];

    private static readonly Dictionary<string, ScpConfigKey> ByName = All.ToDictionary(key => key.Name, StringComparer.Ordinal);

    public static ScpConfigKey? Find(string name) => ByName.GetValueOrDefault(name);

    public static ScpConfigKey Get(string name) => ByName[name];
}
