using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Tests.Resources;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>
/// The inputs examples/csharp would send, put through the provider's own Check: a program that
/// compiles but breaks a rule of RESOURCES.md (a name pattern, `{id}`, a FIFO name) fails here.
/// </summary>
public sealed class CSharpExampleCheckTests(CommittedSdk committed) : IClassFixture<CommittedSdk>
{
    private IReadOnlyList<ProgramResource> Resources =>
        new ProgramInputs(committed.Compilation).Read(committed.Tree(CommittedSdk.ExampleProgramPath));

    [Fact]
    public async Task EveryResourceTheExampleCreatesPassesCheck()
    {
        var failures = new List<string>();
        foreach (var resource in Resources)
        {
            var result = await CatalogCheck.CheckAsync(resource.Type, resource.Inputs, name: resource.Name);
            failures.AddRange(result.Failures.Select(f => $"{resource.Type} {resource.Name}: {f.Property} {f.Reason}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void TheExampleBuildsTheWholeGateway()
    {
        var counts = Resources.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["AccessControl"] = 1,
                ["Api"] = 1,
                ["ApiKey"] = 2,
                ["Auth"] = 1,
                ["Deployment"] = 1,
                ["Method"] = 3,
                ["Queue"] = 1,
                ["Resource"] = 3,
                ["Stage"] = 2,
                ["UsagePlan"] = 1,
            },
            counts);
    }

    [Fact]
    public void TheInputsAreReadAsTheProgramSendsThem()
    {
        var resources = Resources;

        Assert.Equal(["users", "{user-id}", "orders"], resources.Where(r => r.Type == "Resource").Select(r => r.Inputs.GetString("pathPart")));
        var queue = Assert.Single(resources, r => r.Type == "Queue").Inputs;
        Assert.Equal("order-events.fifo", queue.GetString("name"));
        Assert.Equal(PropertyValue.FromArray(PropertyValue.FromString("10.20.0.0/16")), queue["allowedIpAddresses"]);
        var methods = resources.Where(r => r.Type == "Method").ToDictionary(r => r.Name, r => r.Inputs);
        Assert.Equal("https://backend.example.com/users", methods["list-users"].GetString("endpointUrl"));
        Assert.Equal(PropertyValue.FromObject(CatalogCheck.Map(("Idempotency-Key", PropertyValue.True))), methods["create-order"]["requestHeaders"]);
        // SDK enum members travel as their values.
        Assert.Equal(("POST", "SCF"), (methods["create-order"].GetString("methodType"), methods["create-order"].GetString("integrationType")));
        Assert.Equal("day", queue.GetString("messageRetentionPeriodUnit"));
        var prod = Assert.Single(resources, r => r is { Type: "Stage", Name: "prod" }).Inputs;
        Assert.Equal(PropertyValue.FromArray(PropertyValue.FromString("GET"), PropertyValue.FromString("POST"), PropertyValue.FromString("OPTIONS")), prod["allowMethods"]);
        // Another resource's output is unknown until it exists, as in a preview.
        Assert.True(methods["create-order"]["apiId"].IsComputed);
        var triggers = Assert.Single(resources, r => r.Type == "Deployment").Inputs["triggers"].AsObject;
        Assert.Equal(["list-users", "get-user", "create-order"], triggers.Keys);
    }
}
