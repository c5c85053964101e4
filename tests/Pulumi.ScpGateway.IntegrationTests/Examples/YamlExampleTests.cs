using System.Net;
using System.Text.Json;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Examples;

/// <summary>The committed YAML example end to end: what a user running it would see, and what SCP would hold.</summary>
public sealed class YamlExampleTests
{
    private const int ResourceCount = 19;

    [Fact]
    public async Task Up_creates_the_whole_gateway_refresh_finds_nothing_and_destroy_leaves_scp_empty()
    {
        await using var example = await YamlExample.StartAsync();

        var up = await example.RunAsync(DeploymentCommand.Up);

        Assert.True(up.Succeeded, string.Join("\n", up.Errors));
        Assert.Equal(ResourceCount, up.Count(StepOperation.Create));
        var api = await example.ApiAsync();
        Assert.Equal(
            ["/", "/orders", "/users", "/users/{user-id}"],
            Values(api.GetProperty("resources")).Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(5, Values(api.GetProperty("resources")).Sum(r => Values(r.GetProperty("methods")).Count()));
        Assert.Equal(["dev", "prod"], Names(api.GetProperty("stages")));
        Assert.True(api.GetProperty("stages").GetProperty("prod").GetProperty("jwt_enabled").GetBoolean());
        Assert.Equal(["dev-basic", "prod-standard"], Names(api.GetProperty("usage_plans")));
        Assert.Equal(["partner-jwt"], Names(api.GetProperty("auths")));
        Assert.Equal(["office-only"], Names(api.GetProperty("access_controls")));
        var queue = Assert.Single((await example.StateAsync()).GetProperty("queues").EnumerateArray()).GetProperty("queue");
        Assert.Equal("orders-test.fifo", queue.GetProperty("name").GetString());

        var apiId = api.GetProperty("id").GetString()!;
        Assert.Equal(PropertyValue.FromString(apiId), up.Outputs["apiId"]);
        Assert.EndsWith("/dev", up.Outputs["devUrl"].AsString, StringComparison.Ordinal);
        Assert.EndsWith("/prod", up.Outputs["prodUrl"].AsString, StringComparison.Ordinal);
        Assert.Equal(queue.GetProperty("id").GetString(), up.Outputs["orderQueueId"].AsString);
        var mobileKey = Values(api.GetProperty("usage_plans")).SelectMany(p => Values(p.GetProperty("api_keys")))
            .Single(k => k.GetProperty("name").GetString() == "mobile-app").GetProperty("key").GetString()!;
        var token = Values(api.GetProperty("auths")).Single().GetProperty("access_token").GetString()!;
        Assert.Equal(PropertyValue.MakeSecret(mobileKey), up.Outputs["mobileApiKey"]);
        Assert.Equal(PropertyValue.MakeSecret(token), up.Outputs["partnerToken"]);
        var shown = DeploymentReport.Format(up, stepsShown: false);
        Assert.Contains("mobileApiKey: [secret]", shown, StringComparison.Ordinal);
        Assert.Contains("partnerToken: [secret]", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(mobileKey, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(token, shown, StringComparison.Ordinal);

        var refresh = await example.RunAsync(DeploymentCommand.Refresh, expectNoChanges: true);

        Assert.True(refresh.Succeeded, string.Join("\n", refresh.Errors));
        Assert.Equal(ResourceCount, refresh.Count(StepOperation.Refresh));
        Assert.False(refresh.HasDrift);
        var again = await example.RunAsync(DeploymentCommand.Preview);
        Assert.Equal(ResourceCount, again.Count(StepOperation.Same));

        var destroy = await example.RunAsync(DeploymentCommand.Destroy);

        Assert.True(destroy.Succeeded, string.Join("\n", destroy.Errors));
        Assert.Equal(ResourceCount, destroy.Count(StepOperation.Delete));
        var left = await example.StateAsync();
        Assert.Empty(left.GetProperty("apis").EnumerateArray());
        Assert.Empty(left.GetProperty("queues").EnumerateArray());
    }

    [Fact]
    public async Task Console_edits_show_as_exactly_that_drift_and_up_puts_them_back()
    {
        await using var example = await YamlExample.StartAsync();
        Assert.True((await example.RunAsync(DeploymentCommand.Up)).Succeeded);
        string[] origins = ["http://localhost:3000", "https://dev.shop.example.com"];
        string[] edited = [.. origins, "https://preview.shop.example.com"];
        var stage = $"/_emulator/apis/{YamlExample.ApiName}/stages/dev";
        var key = $"/_emulator/apis/{YamlExample.ApiName}/usage-plans/prod-standard/api-keys/mobile-app";
        Assert.Equal(HttpStatusCode.OK, (await example.Emulator.Client.AdminAsync("PATCH", stage, new { allow_origins = edited })).Status);
        Assert.Equal(HttpStatusCode.OK, (await example.Emulator.Client.AdminAsync("PATCH", key, new { description = "Mobile app, v2 rollout" })).Status);

        var refresh = await example.RunAsync(DeploymentCommand.Refresh);

        Assert.True(refresh.Succeeded, string.Join("\n", refresh.Errors));
        Assert.Equal(["dev", "mobileKey"], refresh.Steps.Where(s => s.Drifted).Select(s => s.Name).Order(StringComparer.Ordinal));
        var origin = Assert.Single(refresh.Step("dev").Changes);
        Assert.Equal(("allowOrigins", PropertyChangeKind.Update), (origin.Path, origin.Kind));
        Assert.Equal(Strings(edited), origin.New);
        var description = Assert.Single(refresh.Step("mobileKey").Changes);
        Assert.Equal(new PropertyChange("description", PropertyChangeKind.Update, false, "Shop mobile app", "Mobile app, v2 rollout"), description);

        var preview = await example.RunAsync(DeploymentCommand.Preview);

        Assert.Equal(["dev", "mobileKey"], preview.Steps.Where(s => s.Operation == StepOperation.Update).Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(ResourceCount - 2, preview.Count(StepOperation.Same));

        var up = await example.RunAsync(DeploymentCommand.Up);

        Assert.True(up.Succeeded, string.Join("\n", up.Errors));
        Assert.Equal(2, up.Count(StepOperation.Update));
        var api = await example.ApiAsync();
        Assert.Equal(origins, api.GetProperty("stages").GetProperty("dev").GetProperty("allow_origins").EnumerateArray().Select(o => o.GetString()));
        Assert.True((await example.RunAsync(DeploymentCommand.Refresh, expectNoChanges: true)).Succeeded);
    }

    private static IEnumerable<JsonElement> Values(JsonElement map) => map.EnumerateObject().Select(p => p.Value);

    private static IEnumerable<string?> Names(JsonElement map) =>
        Values(map).Select(v => v.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

    private static PropertyValue Strings(IEnumerable<string> values) => PropertyValue.FromArray(values.Select(PropertyValue.FromString).ToList());
}
