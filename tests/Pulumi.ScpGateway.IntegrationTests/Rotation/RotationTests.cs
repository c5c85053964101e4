using System.Text.Json;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.IntegrationTests.Emulator;

namespace Pulumi.ScpGateway.IntegrationTests.Rotation;

/// <summary>
/// Scheduled rotation as a user runs it: a config value (the month) feeds the triggers of an API key
/// and an auth; changing it makes the new key and token while the old ones still exist in SCP, and
/// deletes the old ones only after. The emulator's gate holds each create and delete so the test
/// reads SCP's state at exactly those moments.
/// </summary>
public sealed class RotationTests
{
    private const string Program = """
        name: rotation
        runtime: yaml
        config:
          rotation:
            type: string
        resources:
          shop:
            type: scpgateway:index:Api
            properties: { name: shop-api }
          users:
            type: scpgateway:index:Resource
            properties: { apiId: "${shop.apiId}", pathPart: users }
          list-users:
            type: scpgateway:index:Method
            properties: { apiId: "${shop.apiId}", resourceId: "${users.resourceId}", methodType: GET, integrationType: HTTP, endpointUrl: "https://backend.example.com/users", apiKeyRequired: true }
          release:
            type: scpgateway:index:Deployment
            properties: { apiId: "${shop.apiId}", description: Users API }
            options: { dependsOn: ["${list-users}"] }
          basic:
            type: scpgateway:index:UsagePlan
            properties: { apiId: "${shop.apiId}", name: shop-basic, limit: 100, rate: day }
          mobile:
            type: scpgateway:index:ApiKey
            properties:
              apiId: ${shop.apiId}
              usagePlanId: ${basic.usagePlanId}
              triggers: { rotation: "${rotation}" }
          prod:
            type: scpgateway:index:Stage
            properties: { apiId: "${shop.apiId}", name: prod, deploymentId: "${release.deploymentId}", jwtEnabled: true, usagePlanId: "${basic.usagePlanId}", connectedApiKeys: ["${mobile.apiKeyId}"] }
          partners:
            type: scpgateway:index:Auth
            properties:
              apiId: ${shop.apiId}
              expirationPeriod: 90
              connectedStages: ["${prod.name}"]
              triggers: { rotation: "${rotation}" }
        outputs:
          key: ${mobile.key}
          token: ${partners.accessToken}
        """;

    [Fact]
    public async Task A_new_rotation_value_makes_the_new_key_and_token_before_the_old_ones_are_deleted()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var stack = new RotationStack(emulator);
        using var gate = new EmulatorGate(emulator.Host.Endpoint);
        using var timeout = new CancellationTokenSource(EmulatorGate.HangGuard);
        var first = await stack.RunAsync(DeploymentCommand.Up, "2026-11");
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        var (oldKey, oldAuth) = await stack.KeyAndAuthAsync();

        await gate.CloseAsync(["CreateApiKey", "DeleteApiKey", "CreateAuth", "DeleteAuth"], timeout.Token);
        var rotation = stack.RunAsync(DeploymentCommand.Up, "2026-12");
        var seen = new List<string>();
        while (seen.Count < 4)
        {
            var held = Assert.Single(await gate.WaitForHeldAsync(1, timeout.Token));
            var api = await stack.ApiAsync();
            var keys = Keys(api).ToList();
            var auths = Auths(api).ToList();
            switch (held.Operation)
            {
                case "CreateApiKey":
                    // The old key is not deleted first.
                    Assert.Equal([oldKey.Id], keys.Select(k => k.Id));
                    break;
                case "CreateAuth":
                    Assert.Equal([oldAuth.Id], auths.Select(a => a.Id));
                    break;
                case "DeleteApiKey":
                    // Both keys exist at once; the stage already serves the new one.
                    Assert.Equal(2, keys.Count);
                    var newKey = Assert.Single(keys, k => k.Id != oldKey.Id);
                    Assert.Equal([newKey.Id], ConnectedKeys(api));
                    Assert.Contains(oldKey.Id, held.Path, StringComparison.Ordinal);
                    break;
                case "DeleteAuth":
                    // Both auths exist at once, both connected to prod.
                    Assert.Equal(2, auths.Count);
                    Assert.All(auths, a => Assert.Equal(["prod"], a.Stages));
                    Assert.Contains(oldAuth.Id, held.Path, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Fail($"unexpected held call {held.Operation} {held.Path}");
                    break;
            }
            seen.Add(held.Operation);
            await gate.ReleaseAsync(timeout.Token);
        }
        await gate.OpenAsync(timeout.Token);
        var up = await rotation;

        Assert.True(up.Succeeded, string.Join("\n", up.Errors));
        Assert.True(seen.IndexOf("CreateApiKey") < seen.IndexOf("DeleteApiKey"), string.Join(", ", seen));
        Assert.True(seen.IndexOf("CreateAuth") < seen.IndexOf("DeleteAuth"), string.Join(", ", seen));
        Assert.Equal(StepOperation.Replace, up.Step("mobile").Operation);
        Assert.Equal(StepOperation.Replace, up.Step("partners").Operation);
        var (key, auth) = await stack.KeyAndAuthAsync();
        Assert.NotEqual(oldKey.Id, key.Id);
        Assert.NotEqual(oldAuth.Id, auth.Id);
        Assert.NotEqual(oldKey.Value, key.Value);
        Assert.Equal(PropertyValue.MakeSecret(key.Value), up.Outputs["key"]);
        Assert.Equal(PropertyValue.MakeSecret(auth.Value), up.Outputs["token"]);
        var shown = DeploymentReport.Format(up, stepsShown: true);
        Assert.DoesNotContain(key.Value, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(auth.Value, shown, StringComparison.Ordinal);

        var refresh = await stack.RunAsync(DeploymentCommand.Refresh, "2026-12", expectNoChanges: true);
        Assert.True(refresh.Succeeded, string.Join("\n", refresh.Errors));
        var again = await stack.RunAsync(DeploymentCommand.Preview, "2026-12");
        Assert.Equal(again.Steps.Count, again.Count(StepOperation.Same));
    }

    private static IEnumerable<Secret> Keys(JsonElement api) =>
        api.GetProperty("usage_plans").EnumerateObject().SelectMany(plan => plan.Value.GetProperty("api_keys").EnumerateObject())
            .Select(k => new Secret(k.Value.GetProperty("id").GetString()!, k.Value.GetProperty("key").GetString()!, []));

    private static IEnumerable<Secret> Auths(JsonElement api) =>
        api.GetProperty("auths").EnumerateObject()
            .Select(a => new Secret(a.Value.GetProperty("id").GetString()!, a.Value.GetProperty("access_token").GetString()!,
                [.. a.Value.GetProperty("connected_stages").EnumerateArray().Select(s => s.GetString()!)]));

    private static List<string> ConnectedKeys(JsonElement api) =>
        [.. api.GetProperty("stages").GetProperty("prod").GetProperty("connected_api_keys").EnumerateArray().Select(k => k.GetString()!)];

    /// <summary>An SCP object with a secret value: a key or an auth, as the emulator stores it.</summary>
    private sealed record Secret(string Id, string Value, IReadOnlyList<string> Stages);

    private sealed class RotationStack(RunningEmulator emulator) : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("scpgw-rotation-").FullName;

        public async Task<DeploymentResult> RunAsync(DeploymentCommand command, string rotation, bool expectNoChanges = false)
        {
            await File.WriteAllTextAsync(Path.Combine(_directory, "Pulumi.yaml"), Program);
            var endpoint = emulator.Host.Endpoint;
            var options = new DeploymentOptions
            {
                ProgramPath = _directory,
                StatePath = Path.Combine(_directory, "state.json"),
                ExpectNoChanges = expectNoChanges,
                Config = new Dictionary<string, string> { ["rotation"] = rotation },
                PluginEnvironment = new Dictionary<string, string?>
                {
                    ["SCP_ACCESS_KEY"] = emulator.Host.AccessKey,
                    ["SCP_SECRET_KEY"] = emulator.Host.SecretKey,
                    ["SCP_APIGATEWAY_ENDPOINT"] = endpoint,
                    ["SCP_QUEUESERVICE_ENDPOINT"] = endpoint,
                    ["HOME"] = _directory,
                },
            };
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            return await StackRunner.RunAsync(command, options, timeout.Token);
        }

        public async Task<JsonElement> ApiAsync()
        {
            var state = (await emulator.Client.AdminAsync("GET", "/_emulator/state")).Body;
            return Assert.Single(state.GetProperty("apis").EnumerateArray()).GetProperty("api");
        }

        public async Task<(Secret Key, Secret Auth)> KeyAndAuthAsync()
        {
            var api = await ApiAsync();
            return (Assert.Single(Keys(api)), Assert.Single(Auths(api)));
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }
}
