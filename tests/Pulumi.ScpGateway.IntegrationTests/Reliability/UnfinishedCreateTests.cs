using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Simulator;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// The create journal adopts only the object a killed create of the same resource made: an entry
/// left for another name never makes the plugin take over an object someone else owns.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class UnfinishedCreateTests
{
    private const string TakenName = "taken-api";

    [Fact]
    public async Task An_unfinished_create_of_another_name_never_adopts_an_object_that_has_the_programs_name()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = deadline.Token;
        await using var stack = await ReliabilityStack.StartAsync(new EmulatorOptions(), new GatewayProgram(Apis: 0, Queues: 0), ct);
        stack.Program.Write(OneApi("journal-stack", TakenName));

        // Another stack owns an API with the name this program asks for.
        using var owner = new ProgramDirectory(OneApi("owner-stack", TakenName));
        var ownerOptions = stack.Options() with { ProgramPath = owner.Path, StatePath = owner.StatePath };
        StackAssert.Succeeded(await StackRunner.RunAsync(DeploymentCommand.Up, ownerOptions, ct), "the owner's up");
        var ownersApiId = (await owner.StateAsync()).Resources.Single().Id;

        // A killed plugin left this stack's api0 creating another name.
        var options = stack.Options();
        var journal = new CreateJournal(Path.Combine(options.PluginStateDirectory, "creates"));
        var urn = ResourceKey.For("journal-stack", options.Stack, "scpgateway:index:Api", "api0").Urn;
        journal.Record(new CreateJournalEntry(urn, new Dictionary<string, string> { ["name"] = "mine-api-1234567", ["endpointType"] = "REGION" }, DateTimeOffset.UtcNow));

        var up = await stack.RunAsync(DeploymentCommand.Up, ct);

        Assert.False(up.Succeeded);
        Assert.Contains(up.Errors, error => error.Contains("already exists", StringComparison.Ordinal));
        Assert.Empty((await stack.StateAsync()).Resources);
        var inventory = await EmulatorInventory.ReadAsync(stack.Emulator.Endpoint, ct);
        var api = Assert.Single(inventory, scpObject => scpObject.Type == "Api");
        Assert.True(api.Answers(ownersApiId), $"the only API is the owner's {ownersApiId}, not {api}");
        Assert.Equal(ownersApiId, (await owner.StateAsync()).Resources.Single().Id);
    }

    private static string OneApi(string project, string name) =>
        $"name: {project}\nruntime: yaml\nresources:\n  api0:\n    type: scpgateway:index:Api\n    properties:\n      name: {name}\n";
}
