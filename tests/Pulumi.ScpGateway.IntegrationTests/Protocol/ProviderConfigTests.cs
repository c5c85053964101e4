using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>
/// Provider configuration through the real plugin: where settings come from (config, then
/// environment, then ~/.scpconf), what a user sees when credentials are missing, and what a
/// config change does to the stack's resources.
/// </summary>
public sealed class ProviderConfigTests : IDisposable
{
    private const string AccessKey = "CFGTEST-ACCESS-KEY-0001";
    private const string SecretKey = "CFGTEST-SECRET-KEY-0002";
    private static readonly TimeSpan Bound = ProtocolBounds.Bound;
    private readonly string home = Directory.CreateTempSubdirectory("scpgw-home-").FullName;

    public void Dispose() => Directory.Delete(home, recursive: true);

    [Fact]
    public async Task Credentials_and_region_come_from_scpconf_when_nothing_else_sets_them()
    {
        WriteScpConf(region: "kr-east1");
        await using var session = await StartAsync();

        var outcome = await session.ConfigureAsync(new ProviderConfig());

        Assert.NotNull(outcome.Response);
        await session.Engine.WaitForLogAsync(log => log.Message.Contains("https://apigateway.kr-east1.e.samsungsdscloud.com", StringComparison.Ordinal), Bound);
    }

    [Fact]
    public async Task The_environment_beats_scpconf_and_stack_config_beats_the_environment()
    {
        WriteScpConf(region: "kr-east1");
        await using (var envSession = await StartAsync(("SCP_REGION", "kr-west1")))
        {
            await envSession.ConfigureAsync(new ProviderConfig());
            await envSession.Engine.WaitForLogAsync(log => log.Message.Contains("apigateway.kr-west1.e.", StringComparison.Ordinal), Bound);
        }

        await using var configSession = await StartAsync(("SCP_REGION", "kr-west1"), ("SCP_ENVIRONMENT", "s"));
        await configSession.ConfigureAsync(new ProviderConfig().Set("region", "kr-east1").Set("environment", "e"));
        await configSession.Engine.WaitForLogAsync(log => log.Message.Contains("apigateway.kr-east1.e.", StringComparison.Ordinal), Bound);
    }

    [Fact]
    public async Task Missing_credentials_fail_configure_naming_each_key_and_its_environment_variables()
    {
        await using var session = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => session.ConfigureAsync(new ProviderConfig().Set("region", "kr-west1")));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var missing = Assert.Single(error.StatusDetails()!.Details).Unpack<ConfigureErrorMissingKeys>().MissingKeys;
        Assert.Equal(["scpgateway:accessKey", "scpgateway:secretKey"], missing.Select(key => key.Name).Order());
        Assert.Contains("SCP_ACCESS_KEY", missing.Single(key => key.Name == "scpgateway:accessKey").Description, StringComparison.Ordinal);
        Assert.Contains("SCP_TF_SECRET_KEY", missing.Single(key => key.Name == "scpgateway:secretKey").Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_config_value_fails_checkconfig_naming_the_key()
    {
        await using var session = await StartAsync();

        var outcome = await session.ConfigureAsync(Credentials().Set("language", "fr-FR").Set("requestTimeoutSeconds", "soon"));

        Assert.Null(outcome.Response);
        Assert.Equal(["language", "requestTimeoutSeconds"], outcome.Failures.Select(failure => failure.Property).Order());
    }

    [Fact]
    public async Task Secret_credentials_never_reach_stdout_stderr_or_the_engine_log()
    {
        await using var session = await StartAsync();

        var outcome = await session.ConfigureAsync(Credentials().Set("region", "kr-south1").Set("environment", "g"));
        await session.ShutdownAsync(Bound);

        Assert.NotNull(outcome.Response);
        Assert.True(outcome.Response.AcceptSecrets);
        var everything = session.Plugin.Stdout.Text + session.Plugin.Stderr.Text + string.Join("\n", session.Engine.Logs.Select(log => log.Message));
        Assert.DoesNotContain(AccessKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkconfig_keeps_credentials_secret_in_what_the_engine_stores()
    {
        await using var session = await StartAsync();
        var config = new ProviderConfig().Set("accessKey", AccessKey).Set("secretKey", SecretKey);

        var response = await session.CallAsync<CheckRequest, CheckResponse>(ResourceProviderMethods.CheckConfig, config.CheckRequest(EngineSession.ProviderUrn));

        var inputs = StructConverter.ToPropertyMap(response.Inputs);
        Assert.True(inputs["accessKey"].IsSecret);
        Assert.True(inputs["secretKey"].IsSecret);
    }

    [Theory]
    [InlineData("region", "kr-west1", "kr-east1", true)]
    [InlineData("environment", "e", "s", true)]
    [InlineData("accessKey", "OLD-KEY", "NEW-KEY", false)]
    [InlineData("apiGatewayEndpoint", "http://127.0.0.1:1", "http://127.0.0.1:2", false)]
    public async Task Diffconfig_replaces_only_when_resources_would_live_elsewhere(string key, string before, string after, bool replaces)
    {
        await using var session = await StartAsync();
        var request = new DiffRequest
        {
            Urn = EngineSession.ProviderUrn,
            Olds = StructConverter.ToStruct(new PropertyMap([new(key, before)])),
            OldInputs = StructConverter.ToStruct(new PropertyMap([new(key, before)])),
            News = StructConverter.ToStruct(new PropertyMap([new(key, after)])),
        };

        var diff = await session.CallAsync<DiffRequest, DiffResponse>(ResourceProviderMethods.DiffConfig, request);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, diff.Changes);
        Assert.Equal(replaces, diff.Replaces.Contains(key));
        Assert.Equal(replaces ? PropertyDiff.Types.Kind.UpdateReplace : PropertyDiff.Types.Kind.Update, diff.DetailedDiff[key].Kind);
    }

    [Fact]
    public async Task Getschema_lists_every_config_key_with_secrecy()
    {
        await using var session = await StartAsync();

        var response = await session.CallAsync<GetSchemaRequest, GetSchemaResponse>(ResourceProviderMethods.GetSchema, new GetSchemaRequest());

        var schema = System.Text.Json.Nodes.JsonNode.Parse(response.Schema)!;
        Assert.Equal("scpgateway", (string?)schema["name"]);
        Assert.Equal("0.1.0", (string?)schema["version"]);
        var variables = schema["config"]!["variables"]!.AsObject();
        Assert.Equal(11, variables.Count);
        Assert.True((bool?)variables["secretKey"]!["secret"]);
        Assert.Null(variables["region"]!["secret"]);
    }

    private static ProviderConfig Credentials() => new ProviderConfig().SetSecret("accessKey", AccessKey).SetSecret("secretKey", SecretKey);

    private void WriteScpConf(string region)
    {
        var folder = Directory.CreateDirectory(Path.Combine(home, ".scpconf")).FullName;
        File.WriteAllText(Path.Combine(folder, "credentials.json"), $$"""{"access-key": "{{AccessKey}}", "secret-key": "{{SecretKey}}"}""");
        File.WriteAllText(Path.Combine(folder, "config.json"), $$"""{"default-region": "{{region}}"}""");
    }

    /// <summary>The plugin with an empty home and no SCP_* variables but the given ones.</summary>
    private Task<EngineSession> StartAsync(params (string Name, string Value)[] environment)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["HOME"] = home };
        foreach (var name in System.Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(name => name.StartsWith("SCP_", StringComparison.Ordinal)))
        {
            env[name] = null;
        }
        foreach (var (name, value) in environment)
        {
            env[name] = value;
        }
        return EngineSession.StartAsync(new EngineSessionOptions { Environment = env });
    }
}
