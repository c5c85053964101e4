using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.IntegrationTests.Examples;

namespace Pulumi.ScpGateway.IntegrationTests.Adopt;

/// <summary>The engine simulator's <c>options.import</c>, as the engine does it: read, Check, Diff; a difference fails the import.</summary>
public sealed class ImportOptionTests
{
    [Fact]
    public async Task A_program_that_differs_from_the_object_fails_its_import_and_one_that_matches_imports_it()
    {
        await using var example = await YamlExample.StartAsync();
        Assert.True((await example.RunAsync(DeploymentCommand.Up)).Succeeded);
        var apiId = (await example.ApiAsync()).GetProperty("id").GetString()!;
        var directory = Directory.CreateTempSubdirectory("scpgw-import-option-").FullName;
        try
        {
            var state = Path.Combine(directory, "state.json");
            await File.WriteAllTextAsync(Path.Combine(directory, "Pulumi.yaml"), Program(apiId, "Another description"));

            var differs = await example.RunAsync(DeploymentCommand.Up, directory, state);

            Assert.False(differs.Succeeded);
            Assert.Contains("options.import: the program's inputs differ from the imported resource (description)", string.Join("\n", differs.Errors), StringComparison.Ordinal);
            Assert.Equal(0, differs.Count(StepOperation.Import));

            await File.WriteAllTextAsync(Path.Combine(directory, "Pulumi.yaml"), Program(apiId, "Shop API (users, orders)"));
            var matches = await example.RunAsync(DeploymentCommand.Up, directory, state);

            Assert.True(matches.Succeeded, string.Join("\n", matches.Errors));
            Assert.Equal(StepOperation.Import, Assert.Single(matches.Steps).Operation);
            Assert.Equal(StepOperation.Same, Assert.Single((await example.RunAsync(DeploymentCommand.Up, directory, state)).Steps).Operation);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Program(string apiId, string description) => $"""
        name: import-one
        runtime: yaml
        resources:
          shop:
            type: scpgateway:index:Api
            properties:
              name: {YamlExample.ApiName}
              description: "{description}"
            options:
              import: "{apiId}"
        """;
}
