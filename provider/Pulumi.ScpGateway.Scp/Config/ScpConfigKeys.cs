using System.Globalization;

namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Every SCP setting (RESOURCES.md "Provider configuration"), with the environment variables and
/// ~/.scpconf keys that can also supply it (SCP-API.md "Credentials and settings"), its default
/// and its rule. Settings resolution reads it; the provider's declared config refers to it.
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

    public const string DefaultRegion = "kr-west1";
    public const string DefaultEnvironment = "e";
    public const string DefaultApiGatewayVersion = "1.2";
    public const string DefaultLanguage = "en-US";
    public const int DefaultMaxRetries = 8;
    public const int DefaultRequestTimeoutSeconds = 60;

    public static readonly IReadOnlyList<ScpConfigKey> All =
    [
        new()
        {
            Name = AccessKey,
            Type = ScpConfigValueType.String,
            Secret = true,
            EnvironmentVariables = ["SCP_ACCESS_KEY", "SCP_TF_ACCESS_KEY"],
            File = new(ScpConfFileKey.CredentialsFile, "access-key"),
        },
        new()
        {
            Name = SecretKey,
            Type = ScpConfigValueType.String,
            Secret = true,
            EnvironmentVariables = ["SCP_SECRET_KEY", "SCP_TF_SECRET_KEY"],
            File = new(ScpConfFileKey.CredentialsFile, "secret-key"),
        },
        new()
        {
            Name = AccountId,
            Type = ScpConfigValueType.String,
            EnvironmentVariables = ["SCP_ACCOUNT_ID", "SCP_TF_ACCOUNT_ID"],
            File = new(ScpConfFileKey.ConfigFile, "account-id"),
        },
        new()
        {
            Name = Region,
            Type = ScpConfigValueType.String,
            Default = DefaultRegion,
            EnvironmentVariables = ["SCP_REGION", "SCP_TF_DEFAULT_REGION"],
            File = new(ScpConfFileKey.ConfigFile, "default-region"),
            Rule = ScpConfigRules.RegionName,
        },
        new()
        {
            Name = Environment,
            Type = ScpConfigValueType.String,
            Default = DefaultEnvironment,
            EnvironmentVariables = ["SCP_ENVIRONMENT"],
            Rule = ScpConfigRules.OneOf([.. ScpRegions.Environments]),
        },
        new()
        {
            Name = ApiGatewayEndpoint,
            Type = ScpConfigValueType.String,
            EnvironmentVariables = ["SCP_APIGATEWAY_ENDPOINT"],
            Rule = ScpConfigRules.AbsoluteHttpUrl,
        },
        new()
        {
            Name = QueueServiceEndpoint,
            Type = ScpConfigValueType.String,
            EnvironmentVariables = ["SCP_QUEUESERVICE_ENDPOINT"],
            Rule = ScpConfigRules.AbsoluteHttpUrl,
        },
        new()
        {
            Name = ApiGatewayVersion,
            Type = ScpConfigValueType.String,
            Default = DefaultApiGatewayVersion,
        },
        new()
        {
            Name = Language,
            Type = ScpConfigValueType.String,
            Default = DefaultLanguage,
            Rule = ScpConfigRules.OneOf("en-US", "ko-KR"),
        },
        new()
        {
            Name = MaxRetries,
            Type = ScpConfigValueType.Integer,
            Default = DefaultMaxRetries.ToString(CultureInfo.InvariantCulture),
            Rule = ScpConfigRules.IntegerRange(0, 20),
        },
        new()
        {
            Name = RequestTimeoutSeconds,
            Type = ScpConfigValueType.Integer,
            Default = DefaultRequestTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            Rule = ScpConfigRules.IntegerRange(1, 3600),
        },
    ];

    private static readonly Dictionary<string, ScpConfigKey> ByName = All.ToDictionary(key => key.Name, StringComparer.Ordinal);

    public static ScpConfigKey? Find(string name) => ByName.GetValueOrDefault(name);

    public static ScpConfigKey Get(string name) => ByName[name];
}
