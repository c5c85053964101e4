using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Tests.Config;

public sealed class ScpSettingsResolverTests : IDisposable
{
    private const string SecretValue = "sk-VERY-SECRET-0001";

    private readonly TempHome _home = new();
    private readonly Dictionary<string, string> _environment = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Provider_config_beats_environment_which_beats_files()
    {
        _home.WithFile("credentials.json", """{"access-key": "from-file", "secret-key": "file-secret"}""");
        _environment["SCP_ACCESS_KEY"] = "from-env";

        var fromConfig = await ResolveAsync(("accessKey", "from-config"));
        var fromEnvironment = await ResolveAsync();
        _environment.Clear();
        var fromFile = await ResolveAsync();

        Assert.Equal("from-config", fromConfig.AccessKey);
        Assert.Equal("from-env", fromEnvironment.AccessKey);
        Assert.Equal("from-file", fromFile.AccessKey);
        Assert.Equal("file-secret", fromFile.SecretKey);
    }

    [Fact]
    public async Task The_first_environment_variable_found_wins()
    {
        _environment["SCP_SECRET_KEY"] = "s";
        _environment["SCP_TF_ACCESS_KEY"] = "terraform-name";

        Assert.Equal("terraform-name", (await ResolveAsync()).AccessKey);

        _environment["SCP_ACCESS_KEY"] = "own-name";

        Assert.Equal("own-name", (await ResolveAsync()).AccessKey);
    }

    [Fact]
    public async Task An_empty_config_value_falls_through_to_the_environment()
    {
        _environment["SCP_ACCESS_KEY"] = "from-env";

        var settings = await ResolveAsync(("accessKey", ""), ("secretKey", "s"));

        Assert.Equal("from-env", settings.AccessKey);
    }

    [Fact]
    public async Task Account_and_region_come_from_scpconf_config_json()
    {
        _home.WithFile("config.json", """{"account-id": "acc-42", "default-region": "kr-east1", "other-tool-setting": 5}""");

        var settings = await ResolveAsync(("accessKey", "a"), ("secretKey", "s"));

        Assert.Equal("acc-42", settings.AccountId);
        Assert.Equal("kr-east1", settings.Region);
        Assert.Equal(new Uri("https://apigateway.kr-east1.e.samsungsdscloud.com"), settings.ApiGatewayEndpoint);
    }

    [Fact]
    public async Task Defaults_apply_when_nothing_is_set()
    {
        var settings = await ResolveAsync(("accessKey", "a"), ("secretKey", "s"));

        Assert.Equal("", settings.AccountId);
        Assert.Equal("kr-west1", settings.Region);
        Assert.Equal("e", settings.Environment);
        Assert.Equal(new Uri("https://apigateway.kr-west1.e.samsungsdscloud.com"), settings.ApiGatewayEndpoint);
        Assert.Equal(new Uri("https://queueservice.kr-west1.e.samsungsdscloud.com"), settings.QueueServiceEndpoint);
        Assert.Equal("1.2", settings.ApiGatewayVersion);
        Assert.Equal("en-US", settings.Language);
        Assert.Equal(8, settings.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.RequestTimeout);
    }

    [Fact]
    public async Task Hosts_follow_a_documented_region_and_environment()
    {
        var settings = await ResolveAsync(("accessKey", "a"), ("secretKey", "s"), ("region", "kr-south2"), ("environment", "g"));

        Assert.Equal(new Uri("https://apigateway.kr-south2.g.samsungsdscloud.com"), settings.ApiGatewayEndpoint);
        Assert.Equal(new Uri("https://queueservice.kr-south2.g.samsungsdscloud.com"), settings.QueueServiceEndpoint);
    }

    [Theory]
    [InlineData("kr-south1", "e")]
    [InlineData("kr-west1", "g")]
    [InlineData("us-east1", "s")]
    public async Task Undocumented_region_and_environment_pairs_are_rejected(string region, string environment)
    {
        var error = await Assert.ThrowsAsync<ScpConfigException>(() =>
            ResolveAsync(("accessKey", "a"), ("secretKey", "s"), ("region", region), ("environment", environment)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("region", problem.Key);
        Assert.Contains($"'{region}' with environment '{environment}' is not a documented", problem.Reason);
        Assert.Contains("apiGatewayEndpoint and queueServiceEndpoint", problem.Reason);
    }

    [Fact]
    public async Task Endpoint_overrides_allow_an_undocumented_pair()
    {
        _environment["SCP_QUEUESERVICE_ENDPOINT"] = "http://127.0.0.1:9001/queue";

        var settings = await ResolveAsync(
            ("accessKey", "a"), ("secretKey", "s"), ("region", "local1"), ("environment", "e"), ("apiGatewayEndpoint", "http://127.0.0.1:9000"));

        Assert.Equal(new Uri("http://127.0.0.1:9000"), settings.ApiGatewayEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:9001/queue"), settings.QueueServiceEndpoint);
        Assert.Equal("local1", settings.Region);
    }

    [Fact]
    public async Task One_override_is_not_enough_for_an_undocumented_pair()
    {
        var error = await Assert.ThrowsAsync<ScpConfigException>(() =>
            ResolveAsync(("accessKey", "a"), ("secretKey", "s"), ("region", "local1"), ("apiGatewayEndpoint", "http://127.0.0.1:9000")));

        Assert.Contains("set queueServiceEndpoint to use this one", Assert.Single(error.Problems).Reason);
    }

    [Fact]
    public async Task Missing_credentials_list_each_key_and_the_other_ways_to_supply_it()
    {
        var error = await Assert.ThrowsAsync<ScpMissingConfigException>(() => ResolveAsync(("region", "kr-east1")));

        Assert.Equal(["accessKey", "secretKey"], error.MissingKeys.Select(key => key.Name));
        var accessKey = error.MissingKeys[0].ToString();
        Assert.Contains("SCP_ACCESS_KEY", accessKey);
        Assert.Contains("SCP_TF_ACCESS_KEY", accessKey);
        Assert.Contains("access-key in ~/.scpconf/credentials.json", accessKey);
        Assert.DoesNotContain("pulumi", accessKey, StringComparison.OrdinalIgnoreCase); // The SCP client knows no Pulumi.
        Assert.Contains("SCP_TF_SECRET_KEY", error.MissingKeys[1].ToString());
    }

    [Fact]
    public async Task Only_the_missing_credential_is_listed()
    {
        _environment["SCP_SECRET_KEY"] = SecretValue;

        var error = await Assert.ThrowsAsync<ScpMissingConfigException>(() => ResolveAsync());

        Assert.Equal("accessKey", Assert.Single(error.MissingKeys).Name);
        Assert.DoesNotContain(SecretValue, error.Message);
    }

    [Fact]
    public async Task Malformed_credentials_file_is_an_error_naming_the_file_but_not_its_content()
    {
        _home.WithFile("credentials.json", $$"""{"access-key": "a", "secret-key": "{{SecretValue}}" """);

        var error = await Assert.ThrowsAsync<ScpConfigException>(() => ResolveAsync());

        Assert.Contains("~/.scpconf/credentials.json", error.Message);
        Assert.Contains("not valid JSON", error.Message);
        Assert.DoesNotContain(SecretValue, error.Message);
    }

    [Fact]
    public async Task A_malformed_file_that_is_not_needed_does_not_matter()
    {
        _home.WithFile("credentials.json", "{not json");

        var settings = await ResolveAsync(("accessKey", "a"), ("secretKey", "s"));

        Assert.Equal("a", settings.AccessKey);
    }

    [Fact]
    public async Task A_non_string_credential_in_the_file_is_an_error_naming_the_key()
    {
        _home.WithFile("credentials.json", """{"access-key": 12345, "secret-key": "s"}""");

        var error = await Assert.ThrowsAsync<ScpConfigException>(() => ResolveAsync());

        Assert.Contains("key 'access-key' must be a string", error.Message);
    }

    [Theory]
    [InlineData("maxRetries", "abc", "whole number")]
    [InlineData("maxRetries", "21", "from 0 to 20")]
    [InlineData("maxRetries", "2.5", "whole number")]
    [InlineData("requestTimeoutSeconds", "0", "from 1 to 3600")]
    [InlineData("language", "fr-FR", "en-US, ko-KR")]
    [InlineData("environment", "x", "one of")]
    [InlineData("apiGatewayEndpoint", "ftp://example.test", "http:// or https://")]
    [InlineData("queueServiceEndpoint", "/relative", "absolute")]
    [InlineData("region", "KR WEST", "region name")]
    public async Task Invalid_values_are_errors_naming_the_key(string key, string value, string reasonPart)
    {
        var error = await Assert.ThrowsAsync<ScpConfigException>(() =>
            ResolveAsync(("accessKey", "a"), ("secretKey", SecretValue), (key, value)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(key, problem.Key);
        Assert.Contains(reasonPart, problem.Reason);
        Assert.DoesNotContain(SecretValue, error.Message);
    }

    [Fact]
    public async Task An_invalid_environment_value_names_the_variable_it_came_from()
    {
        _environment["SCP_ENVIRONMENT"] = "q";

        var error = await Assert.ThrowsAsync<ScpConfigException>(() => ResolveAsync(("accessKey", "a"), ("secretKey", "s")));

        Assert.Contains("environment variable SCP_ENVIRONMENT", Assert.Single(error.Problems).Reason);
    }

    [Fact]
    public async Task Integers_are_accepted_as_written_by_the_engine()
    {
        var settings = await ResolveAsync(("accessKey", "a"), ("secretKey", "s"), ("maxRetries", "0"), ("requestTimeoutSeconds", "3600.0"));

        Assert.Equal(0, settings.MaxRetries);
        Assert.Equal(TimeSpan.FromHours(1), settings.RequestTimeout);
    }

    [Fact]
    public async Task Resolved_settings_never_print_their_keys()
    {
        var settings = await ResolveAsync(("accessKey", "AK-VISIBLE-NOT"), ("secretKey", SecretValue));

        Assert.DoesNotContain(SecretValue, settings.ToString());
        Assert.DoesNotContain("AK-VISIBLE-NOT", settings.ToString());
    }

    private Task<ScpSettings> ResolveAsync(params (string Key, string Value)[] config) =>
        new ScpSettingsResolver(name => _environment.GetValueOrDefault(name), _home.Path)
            .ResolveAsync(config.ToDictionary(pair => pair.Key, pair => pair.Value), CancellationToken.None);
}
