using Pulumi.ScpGateway.Provider.Configuration;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Config.ConfigMaps;

namespace Pulumi.ScpGateway.Tests.Config;

public sealed class ProviderConfigureTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly Dictionary<string, string> _environment = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Args_are_used_when_present_with_secrets_unwrapped()
    {
        var args = Of(("accessKey", PropertyValue.MakeSecret("from-args")), ("secretKey", PropertyValue.MakeSecret("s")), ("maxRetries", 2.0));
        var variables = new Dictionary<string, string> { ["scpgateway:config:accessKey"] = "from-variables" };

        var result = await ConfigureAsync(args, variables);

        Assert.Equal("from-args", result.Settings!.AccessKey);
        Assert.Equal("s", result.Settings.SecretKey);
        Assert.Equal(2, result.Settings.MaxRetries);
    }

    [Fact]
    public async Task Variables_are_used_without_args_and_integers_arrive_as_text()
    {
        var variables = new Dictionary<string, string>
        {
            ["scpgateway:config:accessKey"] = "a",
            ["scpgateway:config:secretKey"] = "s",
            ["scpgateway:config:maxRetries"] = "3",
            ["scpgateway:config:region"] = "kr-east1",
            ["otherpkg:config:region"] = "elsewhere",
        };

        var result = await ConfigureAsync(null, variables);

        Assert.Equal(3, result.Settings!.MaxRetries);
        Assert.Equal("kr-east1", result.Settings.Region);
    }

    [Fact]
    public async Task Config_still_falls_back_to_the_environment()
    {
        _environment["SCP_ACCESS_KEY"] = "env-a";
        _environment["SCP_TF_SECRET_KEY"] = "env-s";

        var result = await ConfigureAsync(Of(("region", "kr-east1")), new Dictionary<string, string>());

        Assert.Equal("env-a", result.Settings!.AccessKey);
        Assert.Equal("env-s", result.Settings.SecretKey);
    }

    [Fact]
    public async Task Missing_credentials_come_back_as_fully_named_missing_keys()
    {
        var result = await ConfigureAsync(Of(), new Dictionary<string, string>());

        Assert.Null(result.Settings);
        Assert.Equal(["scpgateway:accessKey", "scpgateway:secretKey"], result.MissingKeys.Select(key => key.Name));
        Assert.Contains("SCP_ACCESS_KEY", result.MissingKeys[0].Description);
        Assert.Contains("pulumi config set --secret scpgateway:accessKey", result.MissingKeys[0].Description);
        Assert.Contains("SCP_SECRET_KEY", result.MissingKeys[1].Description);
    }

    [Fact]
    public async Task Unknown_config_values_are_reported_instead_of_resolved()
    {
        var result = await ConfigureAsync(Of(("accessKey", PropertyValue.MakeSecret(PropertyValue.Unknown)), ("secretKey", "s")), new Dictionary<string, string>());

        Assert.Null(result.Settings);
        Assert.Equal(["accessKey"], result.UnknownKeys);
        Assert.Empty(result.MissingKeys);
    }

    [Fact]
    public async Task Invalid_args_come_back_as_problems_naming_the_key_without_secrets()
    {
        var args = Of(("accessKey", "a"), ("secretKey", PropertyValue.MakeSecret("sk-HIDDEN")), ("language", "xx"), ("maxRetries", PropertyValue.FromArray()));

        var result = await ConfigureAsync(args, new Dictionary<string, string>());

        Assert.Null(result.Settings);
        Assert.Equal(["maxRetries", "language"], result.Problems.Select(problem => problem.Property));
        Assert.All(result.Problems, problem => Assert.DoesNotContain("sk-HIDDEN", problem.Reason));
    }

    [Fact]
    public async Task An_undocumented_region_comes_back_as_a_problem()
    {
        var variables = new Dictionary<string, string>
        {
            ["scpgateway:config:accessKey"] = "a",
            ["scpgateway:config:secretKey"] = "sk-HIDDEN",
            ["scpgateway:config:region"] = "kr-south1",
        };

        var result = await ConfigureAsync(null, variables);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("region", problem.Property);
        Assert.DoesNotContain("sk-HIDDEN", problem.Reason);
    }

    [Fact]
    public async Task A_value_the_user_made_secret_is_not_quoted_in_its_problem()
    {
        var args = Of(("accessKey", "a"), ("secretKey", "s"), ("region", PropertyValue.MakeSecret("Region-Kept-Private")),
            ("apiGatewayEndpoint", PropertyValue.MakeSecret("gateway.internal.example")));

        var result = await ConfigureAsync(args, new Dictionary<string, string>());

        Assert.Equal(["apiGatewayEndpoint", "region"], result.Problems.Select(problem => problem.Property).Order());
        Assert.All(result.Problems, problem => Assert.DoesNotContain("Region-Kept-Private", problem.Reason));
        Assert.All(result.Problems, problem => Assert.DoesNotContain("gateway.internal", problem.Reason));
        Assert.Contains("[redacted]", result.Problems[0].Reason);
    }

    private Task<ProviderConfigureResult> ConfigureAsync(PropertyMap? args, IReadOnlyDictionary<string, string> variables) =>
        ProviderConfigure.ResolveAsync(args, variables, new ScpSettingsResolver(name => _environment.GetValueOrDefault(name), _home.Path), CancellationToken.None);
}
