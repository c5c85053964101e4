using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Provider.Resources;

namespace Pulumi.ScpGateway.IntegrationTests.Docs;

/// <summary>
/// The example programs the docs pages show work as written: each resource example goes up,
/// refreshes without drift and is destroyed; each function example answers from a populated account.
/// </summary>
public class DocExampleTests
{
    // What the PrivateLink examples take as config: a PRIVATE API (the emulator's PrivateLink service
    // id of an API is the API's id) and an endpoint asking to reach it.
    private const string PrivateLinkSetup = """
        name: private-link-setup
        runtime: yaml
        resources:
          inventory:
            type: scpgateway:index:Api
            properties: { name: inventory-api, endpointType: PRIVATE }
          inventory-link:
            type: scpgateway:index:PrivateLinkEndpoint
            properties: { name: inventorylink, privatelinkServiceId: "${inventory.apiId}" }
        outputs:
          apiId: ${inventory.apiId}
          privatelinkEndpointId: ${inventory-link.privatelinkEndpointId}
        """;

    // What the function examples look up, with the PrivateLink setup: shop-api with dev and prod
    // stages, a usage plan with a mobile key and the orders.fifo queue.
    private const string Account = """
        name: account
        runtime: yaml
        resources:
          shop:
            type: scpgateway:index:Api
            properties: { name: shop-api }
          users:
            type: scpgateway:index:Resource
            properties: { apiId: "${shop.apiId}", pathPart: users }
          list-users:
            type: scpgateway:index:Method
            properties: { apiId: "${shop.apiId}", resourceId: "${users.resourceId}", methodType: GET, integrationType: HTTP, endpointUrl: "https://backend.example.com/users" }
          release:
            type: scpgateway:index:Deployment
            properties: { apiId: "${shop.apiId}", description: Users API }
            options: { dependsOn: ["${list-users}"] }
          dev:
            type: scpgateway:index:Stage
            properties: { apiId: "${shop.apiId}", name: dev, deploymentId: "${release.deploymentId}" }
          prod:
            type: scpgateway:index:Stage
            properties: { apiId: "${shop.apiId}", name: prod, deploymentId: "${release.deploymentId}" }
          basic:
            type: scpgateway:index:UsagePlan
            properties: { apiId: "${shop.apiId}", name: shop-basic, limit: 100, rate: day }
          mobile-app:
            type: scpgateway:index:ApiKey
            properties: { apiId: "${shop.apiId}", usagePlanId: "${basic.usagePlanId}", name: mobile-app }
          orders:
            type: scpgateway:index:Queue
            properties: { name: orders.fifo, fifo: true, messageRetentionPeriod: 4, messageRetentionPeriodUnit: day, messageSize: 256 }
        outputs:
          apiId: ${shop.apiId}
          usagePlanId: ${basic.usagePlanId}
        """;

    public static TheoryData<string> ResourceExamples() => [.. DocExample.Names(name => !DocExample.IsFunction(name))];

    public static TheoryData<string> FunctionExamples() => [.. DocExample.Names(DocExample.IsFunction)];

    [Theory]
    [MemberData(nameof(ResourceExamples))]
    public async Task A_resource_example_goes_up_refreshes_without_drift_and_is_destroyed(string name)
    {
        await using var emulator = await DocExample.StartEmulatorAsync();
        var config = name.StartsWith("PrivateLink", StringComparison.Ordinal) ? await PrivateLinkConfigAsync(emulator, name) : null;
        using var example = DocExample.Of(emulator, name);

        var up = await example.RunAsync(DeploymentCommand.Up, config);
        Assert.True(up.Count(StepOperation.Create) > 0);
        Assert.Contains(up.Steps, step => step.Type == $"scpgateway:index:{name}" && step.Operation == StepOperation.Create);

        var refresh = await example.RunAsync(DeploymentCommand.Refresh, config, expectNoChanges: true);
        Assert.False(refresh.HasDrift);

        var destroy = await example.RunAsync(DeploymentCommand.Destroy, config);
        Assert.Equal(up.Count(StepOperation.Create), destroy.Count(StepOperation.Delete));
    }

    [Fact]
    public async Task Every_function_example_answers_with_its_outputs_from_a_populated_account()
    {
        await using var emulator = await DocExample.StartEmulatorAsync();
        using var privateLink = DocExample.From(emulator, PrivateLinkSetup);
        var privateApiId = (await privateLink.RunAsync(DeploymentCommand.Up)).Outputs["apiId"].AsString;
        using var account = DocExample.From(emulator, Account);
        var created = await account.RunAsync(DeploymentCommand.Up);
        var config = new Dictionary<string, string>
        {
            ["apiId"] = created.Outputs["apiId"].AsString,
            ["usagePlanId"] = created.Outputs["usagePlanId"].AsString,
        };

        // Every function of the package has an example here: an empty list would check nothing.
        var names = DocExample.Names(DocExample.IsFunction).ToList();
        Assert.Equal(PackageCatalog.Create().FunctionTokens.Select(token => token[(token.LastIndexOf(':') + 1)..]).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            using var example = DocExample.Of(emulator, name);
            // Endpoints connect to the PRIVATE API.
            var apiId = name == "getConnectedEndpoints" ? privateApiId : config["apiId"];
            var up = await example.RunAsync(DeploymentCommand.Up, new Dictionary<string, string>(config) { ["apiId"] = apiId });

            Assert.True(up.Outputs.Count > 0, name);
            Assert.All(up.Outputs, output => Assert.False(IsEmpty(output.Value), $"{name}: output {output.Key} is empty"));
        }
    }

    private static async Task<Dictionary<string, string>> PrivateLinkConfigAsync(ScpEmulator.EmulatorHost emulator, string name)
    {
        using var setup = DocExample.From(emulator, PrivateLinkSetup);
        var outputs = (await setup.RunAsync(DeploymentCommand.Up)).Outputs;
        return name == "PrivateLinkEndpoint"
            ? new() { ["privatelinkServiceId"] = outputs["apiId"].AsString }
            : new() { ["apiId"] = outputs["apiId"].AsString, ["privatelinkEndpointId"] = outputs["privatelinkEndpointId"].AsString };
    }

    private static bool IsEmpty(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Null => true,
        PropertyValueKind.Array => value.AsArray.Length == 0,
        PropertyValueKind.Secret => IsEmpty(value.SecretValue),
        _ => false,
    };
}
