using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.IntegrationTests.Resources;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator;
using static Pulumi.ScpGateway.IntegrationTests.Resources.ApiGatewaySetup;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// Provider operations with known credentials, API key values and access tokens, on the success
/// paths and the failing ones (SCP faults, 401s, bad config, check failures on secret values):
/// none of the known values shows in the plugin's stdout or stderr, the engine log, an error text
/// or a response, except wrapped as a secret.
/// </summary>
public sealed class SecretLeakTests
{
    private const string AccessKey = "LEAKTEST-ACCESS-5e1d7a";
    private const string SecretKey = "LEAKTEST-SECRET-9b7c3f";
    private const string SecretApiName = "leaktest-private-api-name";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly LeakWatch watch = new();

    [Fact]
    public async Task Keys_and_tokens_stay_wrapped_through_create_read_import_update_invoke_faults_and_delete()
    {
        await using var provider = await ProviderAgainstEmulator.StartAsync(new EmulatorOptions
        {
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            ApiCreateDelayMs = 0,
            QueueCreateDelayMs = 0,
        });
        var session = provider.Session;
        watch.Watch(session);
        var apiId = (await CreateAsync(session, "Api", "leaks", Map(("name", "leaks")))).Id;
        var plan = await CreateAsync(session, "UsagePlan", "plan", Map(("apiId", apiId), ("limit", 10.0), ("rate", "day")));
        var planId = plan.Outputs.Fields["usagePlanId"].StringValue;
        var apiKey = await CreateAsync(session, "ApiKey", "key", Map(("apiId", apiId), ("usagePlanId", planId)));
        var auth = await CreateAsync(session, "Auth", "jwt", Map(("apiId", apiId), ("expirationPeriod", 30.0)));
        var keyValue = SecretString(apiKey.Outputs, "key");
        var token = SecretString(auth.Outputs, "accessToken");

        // The success paths must succeed: otherwise the scan reads error texts instead of their answers.
        foreach (var (entry, what) in new[] { (apiKey, "ApiKey"), (auth, "Auth") })
        {
            Succeeded(await ReadAsync(session, entry, withState: true), $"refresh of the {what}");
            Succeeded(await ReadAsync(session, entry, withState: false), $"import of the {what}");
        }
        await UpdateAsync(session, apiKey, Map(("apiId", apiId), ("usagePlanId", planId), ("description", "rotated")));
        var keys = Succeeded(await InvokeAsync(session, "getApiKeys", Map(("apiId", apiId), ("usagePlanId", planId))), "getApiKeys");
        Assert.Empty(keys.Failures);
        Assert.Null(await InvokeAsync(session, "getApi", Map(("name", PropertyValue.MakeSecret(SecretApiName)))));

        // SCP failing every read, then creates whose answers are lost (processed, then 504).
        await provider.SetFaultsAsync(new { rate_500 = 1.0, methods = new[] { "GET" } });
        Assert.Null(await ReadAsync(session, apiKey, withState: true));
        Assert.Null(await InvokeAsync(session, "getApiKeys", Map(("apiId", apiId), ("usagePlanId", planId))));
        await provider.SetFaultsAsync(new { rate_504_after_processing = 1.0, operations = new[] { "CreateApiKey", "CreateAuth" } });
        var lostKey = await TryCreateAsync(session, "ApiKey", "lost-key", Map(("apiId", apiId), ("usagePlanId", planId)));
        await TryCreateAsync(session, "Auth", "lost-jwt", Map(("apiId", apiId), ("expirationPeriod", 30.0)));
        await provider.SetFaultsAsync(new { });

        Succeeded(await DeleteAsync(session, apiKey), "delete of the ApiKey");
        Succeeded(await DeleteAsync(session, auth), "delete of the Auth");
        await session.ShutdownAsync(Bound);

        Assert.True(watch.SeenWrapped(keyValue) && watch.SeenWrapped(token), "the key and the token went back to the engine as secrets");
        Assert.Contains(watch.Errors, error => error.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Contains(watch.Errors, error => error.Contains("no API is named", StringComparison.Ordinal));
        var known = new List<string> { AccessKey, SecretKey, keyValue, token, SecretApiName };
        if (lostKey is { } adopted)
        {
            known.Add(SecretString(adopted.Outputs, "key"));
        }
        Assert.Empty(watch.Leaks(known));
    }

    [Fact]
    public async Task Wrong_keys_fail_with_texts_that_show_neither_key()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { AccessKey = AccessKey, SecretKey = SecretKey }, CancellationToken.None);
        const string wrongSecret = "LEAKTEST-WRONG-SECRET-4a4a";
        const string wrongAccess = "LEAKTEST-WRONG-ACCESS-3c3c";
        foreach (var (access, secret) in new[] { (AccessKey, wrongSecret), (wrongAccess, SecretKey) })
        {
            await using var session = await EngineSession.StartAsync();
            watch.Watch(session);
            await ConfigureAsync(session, Credentials(access, secret).Set("apiGatewayEndpoint", emulator.Endpoint).Set("queueServiceEndpoint", emulator.Endpoint));

            var refused = await TryCreateAsync(session, "Api", "denied", Map(("name", "denied")));
            await TryCreateAsync(session, "Queue", "denied", Map(("messageRetentionPeriod", 1.0), ("messageRetentionPeriodUnit", "day"), ("messageSize", 64.0)));
            await InvokeAsync(session, "getApis", PropertyMap.Empty);
            await ReadAsync(session, new Made(EngineRequests.For("Api", "denied"), "api-0001", new Struct(), new Struct()), withState: false);
            await session.ShutdownAsync(Bound);

            Assert.Null(refused);
        }

        Assert.True(watch.SeenWrapped(wrongSecret) && watch.SeenWrapped(wrongAccess), "CheckConfig answered the credentials as secrets");
        Assert.Equal(8, watch.Errors.Count(error => error.Contains("HTTP 401", StringComparison.Ordinal)));
        Assert.Empty(watch.Leaks([AccessKey, SecretKey, wrongSecret, wrongAccess]));
    }

    [Fact]
    public async Task Config_and_check_failures_on_secret_values_do_not_echo_them()
    {
        const string secretRegion = "LEAKTEST-REGION-zz9";
        const string secretEndpoint = "LEAKTEST-ENDPOINT-q1";
        const string secretName = "Leaktest_Name_77";
        const string secretRate = "leaktest-fortnight";
        const string secretAddress = "10.0.0.999";
        await using var session = await EngineSession.StartAsync();
        watch.Watch(session);

        // Values a user marked secret (pulumi config set --secret), each of them invalid.
        await ConfigureAsync(session, Credentials(AccessKey, SecretKey)
            .Set("region", PropertyValue.MakeSecret(secretRegion))
            .Set("apiGatewayEndpoint", PropertyValue.MakeSecret(secretEndpoint)));
        var misshapen = new ProviderConfig()
            .Set("accessKey", PropertyValue.MakeSecret(PropertyValue.FromArray(AccessKey)))
            .Set("secretKey", PropertyValue.MakeSecret(PropertyValue.FromObject(Map(("key", SecretKey)))));
        await watch.CallAsync<CheckRequest, CheckResponse>(session, ResourceProviderMethods.CheckConfig, misshapen.CheckRequest(EngineSession.ProviderUrn));
        await watch.CallAsync<ConfigureRequest, ConfigureResponse>(session, ResourceProviderMethods.Configure, new ConfigureRequest
        {
            Args = StructConverter.ToStruct(misshapen.ToPropertyMap()),
            AcceptSecrets = true,
            Urn = EngineSession.ProviderUrn,
        });
        var variablesOnly = new ConfigureRequest { AcceptSecrets = true, Urn = EngineSession.ProviderUrn };
        variablesOnly.Variables["scpgateway:config:accessKey"] = AccessKey;
        variablesOnly.Variables["scpgateway:config:secretKey"] = SecretKey;
        await watch.CallAsync<ConfigureRequest, ConfigureResponse>(session, ResourceProviderMethods.Configure, variablesOnly);

        var checks = new[]
        {
            await CheckAsync(session, "Api", "named", Map(("name", PropertyValue.MakeSecret(secretName)))),
            await CheckAsync(session, "UsagePlan", "plan", Map(("apiId", "api-1"), ("limit", 1.0), ("rate", PropertyValue.MakeSecret(secretRate)))),
            await CheckAsync(session, "AccessControl", "acl", Map(("apiId", "api-1"), ("allowedIpAddresses", PropertyValue.FromArray(PropertyValue.MakeSecret(secretAddress))))),
        };
        await session.ShutdownAsync(Bound);

        Assert.Equal(["name", "rate", "allowedIpAddresses[0]"], checks.Select(check => Assert.Single(check!.Failures).Property));
        Assert.Equal(2, watch.Errors.Count(error => error.StartsWith("invalid scpgateway configuration", StringComparison.Ordinal)));
        Assert.Empty(watch.Leaks([AccessKey, SecretKey, secretRegion, secretEndpoint, secretName, secretRate, secretAddress]));
    }

    private static ProviderConfig Credentials(string access, string secret) => new ProviderConfig().SetSecret("accessKey", access).SetSecret("secretKey", secret);

    private async Task ConfigureAsync(EngineSession session, ProviderConfig config)
    {
        var checkedConfig = await watch.CallAsync<CheckRequest, CheckResponse>(session, ResourceProviderMethods.CheckConfig, config.CheckRequest(EngineSession.ProviderUrn));
        // Configure goes ahead even after CheckConfig failures: its own checks must not echo either.
        var inputs = checkedConfig is { Failures.Count: 0 } ? StructConverter.ToPropertyMap(checkedConfig.Inputs) : config.ToPropertyMap();
        await watch.CallAsync<ConfigureRequest, ConfigureResponse>(session, ResourceProviderMethods.Configure, config.ConfigureRequest(inputs, EngineSession.ProviderUrn));
    }

    private Task<CheckResponse?> CheckAsync(EngineSession session, string type, string name, PropertyMap news) =>
        watch.CallAsync<CheckRequest, CheckResponse>(session, ResourceProviderMethods.Check, EngineRequests.For(type, name).Check(new Struct(), StructConverter.ToStruct(news)));

    private async Task<Made> CreateAsync(EngineSession session, string type, string name, PropertyMap inputs) =>
        await TryCreateAsync(session, type, name, inputs) ?? throw new InvalidOperationException($"creating {type} {name} failed");

    /// <summary>Check then Create; the created resource, or null.</summary>
    private async Task<Made?> TryCreateAsync(EngineSession session, string type, string name, PropertyMap inputs)
    {
        var checkedInputs = await CheckAsync(session, type, name, inputs);
        Assert.True(checkedInputs is { Failures.Count: 0 }, $"Check of {type} {name} failed");
        var requests = EngineRequests.For(type, name);
        var created = await watch.CallAsync<CreateRequest, CreateResponse>(session, ResourceProviderMethods.Create, requests.Create(checkedInputs.Inputs));
        return created is null ? null : new Made(requests, created.Id, checkedInputs.Inputs, created.Properties);
    }

    /// <summary>A refresh (with the state) or an import (the id alone); the reply, or null when it failed.</summary>
    private Task<ReadResponse?> ReadAsync(EngineSession session, Made made, bool withState) =>
        watch.CallAsync<ReadRequest, ReadResponse>(session, ResourceProviderMethods.Read,
            made.Requests.Read(made.Id, withState ? made.Outputs : new Struct(), withState ? made.Inputs : new Struct()));

    /// <summary>Check, Diff, Update preview and Update, each of which must succeed.</summary>
    private async Task UpdateAsync(EngineSession session, Made made, PropertyMap news)
    {
        var (requests, id) = (made.Requests, made.Id);
        var checkedNews = Succeeded(await watch.CallAsync<CheckRequest, CheckResponse>(session, ResourceProviderMethods.Check, requests.Check(made.Inputs, StructConverter.ToStruct(news))), "Check of the update");
        Assert.Empty(checkedNews.Failures);
        var diff = Succeeded(await watch.CallAsync<DiffRequest, DiffResponse>(session, ResourceProviderMethods.Diff, requests.Diff(id, made.Outputs, made.Inputs, checkedNews.Inputs)), "Diff of the update");
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, diff.Changes);
        foreach (var preview in new[] { true, false })
        {
            Succeeded(await watch.CallAsync<UpdateRequest, UpdateResponse>(session, ResourceProviderMethods.Update, requests.Update(id, made.Outputs, made.Inputs, checkedNews.Inputs, preview)),
                preview ? "Update preview" : "Update");
        }
    }

    private Task<InvokeResponse?> InvokeAsync(EngineSession session, string function, PropertyMap args) =>
        watch.CallAsync<InvokeRequest, InvokeResponse>(session, ResourceProviderMethods.Invoke, new InvokeRequest
        {
            Tok = ProviderAgainstEmulator.Token(function),
            Args = StructConverter.ToStruct(args),
        });

    private Task<Empty?> DeleteAsync(EngineSession session, Made made) =>
        watch.CallAsync<DeleteRequest, Empty>(session, ResourceProviderMethods.Delete, made.Requests.Delete(made.Id, made.Outputs, made.Inputs));

    /// <summary>The reply of a call that had to succeed; fails with the call's error otherwise.</summary>
    private T Succeeded<T>(T? reply, string what)
        where T : class
    {
        Assert.True(reply is not null, $"{what} failed: {watch.LastError}");
        return reply;
    }

    /// <summary>A secret output's value; fails when the output is missing, empty or not wrapped.</summary>
    private static string SecretString(Struct outputs, string key)
    {
        var value = StructConverter.ToPropertyMap(outputs)[key];
        Assert.True(value.IsSecret, $"{key} is not a secret");
        var text = value.SecretValue.AsString;
        Assert.False(string.IsNullOrEmpty(text), $"{key} is empty");
        return text;
    }

    /// <summary>A resource the plugin created: its requests, id, checked inputs and outputs.</summary>
    private sealed record Made(EngineRequests Requests, string Id, Struct Inputs, Struct Outputs);
}
