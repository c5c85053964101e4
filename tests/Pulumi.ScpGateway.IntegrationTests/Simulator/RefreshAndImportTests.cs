using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class RefreshAndImportTests
{
    private const string Program = """
        name: shop
        runtime: yaml
        resources:
          api:
            type: scpgateway:index:Api
            properties: { name: shop-api, description: original }
          other:
            type: scpgateway:index:Api
            properties: { name: other }
        """;

    [Fact]
    public async Task Refresh_reads_every_resource_and_reports_no_drift_when_nothing_changed()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        await program.RunAsync(DeploymentCommand.Up, provider);
        var state = await program.StateAsync();

        var result = await program.RunAsync(DeploymentCommand.Refresh, provider, o => o with { ExpectNoChanges = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Count(StepOperation.Refresh));
        Assert.False(result.HasDrift);
        var read = (ReadRequest)provider.CallsOf("Read").Single(c => c.Name == "api").Request;
        Assert.Equal(state.Resources[0].Id, read.Id);
        Assert.Equal(state.Resources[0].Outputs, StructConverter.ToPropertyMap(read.Properties));
        Assert.Equal(state.Resources[0].Inputs, StructConverter.ToPropertyMap(read.Inputs));
    }

    [Fact]
    public async Task Drift_is_reported_per_property_and_fails_with_expect_no_changes()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        await program.RunAsync(DeploymentCommand.Up, provider);
        var id = (await program.StateAsync()).Resources[0].Id;
        provider.Modify(id, "description", "edited in the console");

        var result = await program.RunAsync(DeploymentCommand.Refresh, provider, o => o with { ExpectNoChanges = true });

        Assert.False(result.Succeeded);
        var step = result.Step("api");
        Assert.True(step.Drifted);
        Assert.Equal(new PropertyChange("description", PropertyChangeKind.Update, false, "original", "edited in the console"), Assert.Single(step.Changes));
        Assert.False(result.Step("other").Drifted);
        var diff = (DiffRequest)provider.CallsOf("Diff").Single(c => c.Name == "api").Request;
        Assert.Equal("edited in the console", diff.OldInputs.Fields["description"].StringValue);
        Assert.Equal("original", diff.News.Fields["description"].StringValue);
        Assert.Contains("~ description: \"original\" => \"edited in the console\"", DeploymentReport.Format(result), StringComparison.Ordinal);
        Assert.Equal(PropertyValue.FromString("edited in the console"), (await program.StateAsync()).Resources[0].Inputs["description"]);
    }

    [Fact]
    public async Task A_resource_gone_outside_the_program_leaves_the_state_on_refresh()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        await program.RunAsync(DeploymentCommand.Up, provider);
        provider.Remove((await program.StateAsync()).Resources[0].Id);

        var result = await program.RunAsync(DeploymentCommand.Refresh, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(StepOperation.Delete, result.Step("api").Operation);
        Assert.True(result.HasDrift);
        Assert.Equal(["other"], (await program.StateAsync()).Resources.Select(r => r.Name));
    }

    [Fact]
    public async Task Import_reads_by_id_checks_against_the_program_and_stores_when_there_is_no_diff()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var source = new ProgramDirectory(Program);
        await source.RunAsync(DeploymentCommand.Up, provider);
        var id = (await source.StateAsync()).Resources[0].Id;
        using var program = new ProgramDirectory(Program);

        var result = await program.RunAsync(DeploymentCommand.Import, provider, o => o with { Import = new ImportTarget(FakeProvider.Api, "api", id) });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(StepOperation.Import, result.Step("api").Operation);
        var read = (ReadRequest)provider.CallsOf("Read").Single().Request;
        Assert.Equal(id, read.Id);
        Assert.Empty(read.Properties?.Fields ?? []);
        var check = (CheckRequest)provider.CallsOf("Check").Last().Request;
        Assert.Equal("original", check.Olds.Fields["description"].StringValue);
        var imported = Assert.Single((await program.StateAsync()).Resources);
        Assert.Equal(id, imported.Id);

        var up = await program.RunAsync(DeploymentCommand.Up, provider);
        Assert.Equal(StepOperation.Same, up.Step("api").Operation);
    }

    [Fact]
    public async Task Import_refuses_when_the_program_differs_from_the_resource()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var source = new ProgramDirectory(Program);
        await source.RunAsync(DeploymentCommand.Up, provider);
        var id = (await source.StateAsync()).Resources[0].Id;
        using var program = new ProgramDirectory(Program.Replace("description: original", "description: changed", StringComparison.Ordinal));

        var result = await program.RunAsync(DeploymentCommand.Import, provider, o => o with { Import = new ImportTarget(FakeProvider.Api, "api", id) });

        Assert.False(result.Succeeded);
        Assert.Contains("differ from the imported resource (description)", result.Step("api").Error, StringComparison.Ordinal);
        Assert.Empty((await program.StateAsync()).Resources);
    }

    [Fact]
    public async Task Import_prints_the_program_that_declares_the_resource()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var source = new ProgramDirectory(Program);
        await source.RunAsync(DeploymentCommand.Up, provider);
        var id = (await source.StateAsync()).Resources[0].Id;
        using var empty = new ProgramDirectory("name: shop\nruntime: yaml\n");

        var result = await empty.RunAsync(DeploymentCommand.Import, provider, o => o with { Import = new ImportTarget(FakeProvider.Api, "adopted", id) });
        var report = DeploymentReport.Format(result);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains(ImportedProgram.Preamble, report, StringComparison.Ordinal);
        Assert.Contains("""
            resources:
              adopted:
                type: scpgateway:index:Api
                properties:
            """.ReplaceLineEndings("\n"), report, StringComparison.Ordinal);
        Assert.Contains("      description: \"original\"\n", report, StringComparison.Ordinal);
        // The printed program, pasted in, imports with no changes.
        empty.Write("name: shop\nruntime: yaml\n" + result.ProgramSnippet);
        var up = await empty.RunAsync(DeploymentCommand.Up, provider);
        Assert.Equal(StepOperation.Same, up.Step("adopted").Operation);
    }
}
