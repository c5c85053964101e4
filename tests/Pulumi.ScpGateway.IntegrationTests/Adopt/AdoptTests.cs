using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Tests.Sdk;

namespace Pulumi.ScpGateway.IntegrationTests.Adopt;

/// <summary>
/// Adopt against an account made by examples/yaml: the YAML program it writes imports every object and
/// changes nothing, the C# program compiles and passes Check, the import file lists every object.
/// </summary>
public sealed partial class AdoptTests(AdoptedExample adopted) : IClassFixture<AdoptedExample>
{
    private static readonly ResourceRegistry Registry = PackageCatalog.Create();

    [Fact]
    public async Task The_yaml_program_imports_every_object_of_the_account_and_changes_nothing()
    {
        var deployed = (await AdoptedExample.StateAsync(adopted.Example.StatePath)).Resources;
        var import = adopted.Import;

        Assert.True(import.Succeeded, string.Join("\n", import.Errors) + "\n" + adopted.Adopt.YamlProgram);
        Assert.Equal(deployed.Count, import.Count(StepOperation.Import));
        Assert.Equal(import.Steps.Count, import.Count(StepOperation.Import));
        // The same SCP objects, each once.
        var imported = (await AdoptedExample.StateAsync(adopted.AdoptedStatePath)).Resources;
        Assert.Equal(deployed.Select(r => (r.Type, r.Id)).Order(), imported.Select(r => (r.Type, r.Id)).Order());
        Assert.True(adopted.Refresh.Succeeded, string.Join("\n", adopted.Refresh.Errors));
        Assert.False(adopted.Refresh.HasDrift);
        Assert.Equal(deployed.Count, adopted.Refresh.Count(StepOperation.Refresh));
        Assert.Equal(deployed.Count, adopted.Preview.Count(StepOperation.Same));
        Assert.Equal(deployed.Count, adopted.Preview.Steps.Count);
    }

    [Fact]
    public async Task Objects_refer_to_each_other_by_reference_never_by_a_literal_id()
    {
        var yaml = adopted.Adopt.YamlProgram;

        Assert.Contains("      parentId: ${users.resourceId}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      apiId: ${shopTest.apiId}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      deploymentId: ${devProdDeployment.deploymentId}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      usagePlanId: ${prodStandardPlan.usagePlanId}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        - ${mobileAppKey.apiKeyId}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        - ${prodStage.name}\n", yaml, StringComparison.Ordinal);
        // Every SCP id of the account appears only as what an import option names.
        var ids = (await AdoptedExample.StateAsync(adopted.Example.StatePath)).Resources.SelectMany(r => r.Id.Split('/')).Where(id => ScpId().IsMatch(id)).Distinct().ToList();
        // The Api, 3 resources, the deployment, 2 plans, 2 keys, the auth, the access control and the queue.
        Assert.Equal(12, ids.Count);
        var properties = ImportLine().Replace(yaml, "");
        Assert.All(ids, id => Assert.DoesNotContain(id, properties, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inputs_scp_cannot_give_back_are_comments_and_secrets_are_in_no_file()
    {
        var yaml = adopted.Adopt.YamlProgram;

        Assert.Equal(2, Regex.Count(yaml, "\n      # tags: SCP cannot give it back"));
        Assert.Contains("\n      # triggers: SCP cannot give it back", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      # expirationPeriod: SCP cannot give it back", yaml, StringComparison.Ordinal);
        Assert.Contains("      ignoreChanges: [expirationPeriod]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        // Tags: SCP cannot give it back", adopted.Adopt.CSharpProgram, StringComparison.Ordinal);
        var secrets = await adopted.SecretsAsync();
        Assert.Equal(3, secrets.Count);
        foreach (var text in new[] { yaml, adopted.Adopt.CSharpProgram, adopted.Adopt.ImportFile, adopted.Adopt.Output })
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_csharp_program_compiles_without_warnings_and_every_input_it_sends_passes_check()
    {
        var sdk = Path.Combine(PluginBinary.RepositoryRoot(), "sdk", "dotnet");
        var sources = new List<KeyValuePair<string, string>>();
        foreach (var path in Directory.EnumerateFiles(sdk, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(sdk, path).StartsWith("bin", StringComparison.Ordinal) && !Path.GetRelativePath(sdk, path).StartsWith("obj", StringComparison.Ordinal)))
        {
            sources.Add(KeyValuePair.Create(path, await File.ReadAllTextAsync(path)));
        }
        var declarations = SdkCompilation.TestFile("compile-only", "PulumiApiDeclarations.cs");
        sources.Add(KeyValuePair.Create(declarations, await File.ReadAllTextAsync(declarations)));
        sources.Add(KeyValuePair.Create(adopted.Adopt.CSharpProgramPath, adopted.Adopt.CSharpProgram));

        var compilation = SdkCompilation.Compile(sources, OutputKind.ConsoleApplication);

        SdkCompilation.AssertClean(compilation, adopted.Adopt.CSharpProgramPath);
        var program = new ProgramInputs(compilation).Read(compilation.SyntaxTrees.Single(t => t.FilePath == adopted.Adopt.CSharpProgramPath));
        var imported = (await AdoptedExample.StateAsync(adopted.AdoptedStatePath)).Resources.ToDictionary(r => r.Name);
        Assert.Equal(imported.Keys.Order(StringComparer.Ordinal), program.Select(r => r.Name).Order(StringComparer.Ordinal));
        var failures = new List<string>();
        foreach (var resource in program)
        {
            // What the engine sends when it imports: the resource's read inputs as olds.
            var state = imported[resource.Name];
            var check = await Registry.CheckAsync(new ResourceCheckRequest(state.Urn, state.Inputs, resource.Inputs) { RandomSeed = state.RandomSeed }, CancellationToken.None);
            failures.AddRange(check.Failures.Select(f => $"{resource.Type} {resource.Name}: {f.Property} {f.Reason}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_import_file_lists_every_object_with_the_import_id_its_docs_page_describes()
    {
        var entries = AdoptedExample.Json(adopted.Adopt.ImportFile).GetProperty("resources").EnumerateArray()
            .Select(e => (Type: e.GetProperty("type").GetString()!, Name: e.GetProperty("name").GetString()!, Id: e.GetProperty("id").GetString()!))
            .ToList();

        var deployed = (await AdoptedExample.StateAsync(adopted.Example.StatePath)).Resources;
        Assert.Equal(deployed.Select(r => (r.Type, r.Id)).Order(), entries.Select(e => (e.Type, e.Id)).Order());
        var imported = (await AdoptedExample.StateAsync(adopted.AdoptedStatePath)).Resources;
        Assert.Equal(imported.Select(r => (r.Type, r.Name, r.Id)).Order(), entries.Order());
        var outputs = imported.ToDictionary(r => r.Name, r => r.Outputs);
        foreach (var entry in entries)
        {
            // Each part of the template (<apiId>/<usagePlanId>/<apiKeyId>) is the object's property of that name.
            var parsed = Registry.DeclarationOf(entry.Type).ImportId.ParseId(entry.Id);
            Assert.All(parsed.Parts, part => Assert.Equal(outputs[entry.Name][part.Key].AsString, part.Value));
        }
    }

    [Fact]
    public void Adopt_shows_progress_and_ends_with_a_summary()
    {
        var output = adopted.Adopt.Output;

        Assert.Contains($"reading API {Examples.YamlExample.ApiName} (", output, StringComparison.Ordinal);
        Assert.Contains($"  API {Examples.YamlExample.ApiName}: 1 Api, 3 Resource, 5 Method, 1 Deployment, 2 UsagePlan, 2 ApiKey, 2 Stage, 1 Auth, 1 AccessControl\n", output, StringComparison.Ordinal);
        Assert.Contains("adopted 19 objects: 1 Api, 3 Resource, 5 Method, 1 Deployment, 2 UsagePlan, 2 ApiKey, 2 Stage, 1 Auth, 1 AccessControl, 1 Queue\n", output, StringComparison.Ordinal);
        Assert.Contains("inputs SCP cannot give back, left as comments to fill in: Api.endpointType (1), Api.tags (1), Deployment.stageName (1), Deployment.triggers (1), ApiKey.triggers (2), Auth.expirationPeriod (1), Auth.triggers (1), Queue.tags (1)\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", output, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex ScpId();

    [GeneratedRegex(@"^      import: .*$\n", RegexOptions.Multiline)]
    private static partial Regex ImportLine();
}
