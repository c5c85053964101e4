using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class UpTests
{
    private const string TwoResources = """
        name: shop
        runtime: yaml
        config:
          description:
            default: first
        resources:
          api:
            type: scpgateway:index:Api
            properties:
              name: shop-api
              description: ${description}
          stage:
            type: scpgateway:index:Stage
            properties:
              apiId: ${api.apiId}
              stageName: prod
              url: https://${api.name}/prod
        outputs:
          apiId: ${api.apiId}
          url: ${stage.url}
        """;

    [Fact]
    public async Task Up_checks_and_creates_dependencies_first_and_wires_outputs_into_dependents()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Count(StepOperation.Create));
        Assert.Equal(["api", "stage"], provider.CallsOf("Create").Select(c => c.Name));
        var apiCheck = (CheckRequest)provider.CallsOf("Check").First(c => c.Name == "api").Request;
        Assert.Empty(apiCheck.Olds.Fields);
        Assert.Equal(32, apiCheck.RandomSeed.Length);
        Assert.Null(apiCheck.Autonaming);
        var stageCreate = (CreateRequest)provider.CallsOf("Create").Single(c => c.Name == "stage").Request;
        var apiId = result.Outputs["apiId"].AsString;
        Assert.Equal(apiId, stageCreate.Properties.Fields["apiId"].StringValue);
        Assert.Equal(PropertyValue.FromString("https://shop-api/prod"), result.Outputs["url"]);
        Assert.False(stageCreate.Preview);
        var state = await program.StateAsync();
        Assert.Equal(["api", "stage"], state.Resources.Select(r => r.Name));
        Assert.Equal([state.Resources[0].Urn], state.Resources[1].Dependencies);
        Assert.Equal("urn:pulumi:dev::shop::scpgateway:index:Api::api", state.Resources[0].Urn);
    }

    [Fact]
    public async Task A_second_up_with_no_changes_diffs_against_old_outputs_and_keeps_everything()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);
        await program.RunAsync(DeploymentCommand.Up, provider);
        var before = await program.StateAsync();

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Count(StepOperation.Same));
        Assert.Equal(2, provider.CallsOf("Create").Count());
        var secondCheck = (CheckRequest)provider.CallsOf("Check").Where(c => c.Name == "api").Last().Request;
        Assert.Equal(before.Resources[0].RandomSeed, secondCheck.RandomSeed.ToByteArray());
        Assert.Equal("shop-api", secondCheck.Olds.Fields["name"].StringValue);
        var diff = (DiffRequest)provider.CallsOf("Diff").First(c => c.Name == "api").Request;
        Assert.Equal(before.Resources[0].Id, diff.Id);
        Assert.True(diff.Olds.Fields.ContainsKey("status"), "Diff's olds are the old outputs");
        Assert.False(diff.OldInputs.Fields.ContainsKey("status"), "Diff's old_inputs are the old inputs");
        Assert.Equal(before.Resources.Select(r => r.Id), (await program.StateAsync()).Resources.Select(r => r.Id));
        Assert.Equal(["CheckConfig", "Configure", "CheckConfig", "DiffConfig", "Configure"], provider.Calls.Where(c => c.Method.Contains("Config", StringComparison.Ordinal)).Select(c => c.Method));
    }

    [Fact]
    public async Task Changing_an_updatable_property_updates_in_place_and_reports_the_diff()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);
        await program.RunAsync(DeploymentCommand.Up, provider);

        var result = await program.RunAsync(DeploymentCommand.Up, provider, o => o with { Config = new Dictionary<string, string> { ["description"] = "second" } });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var step = result.Step("api");
        Assert.Equal(StepOperation.Update, step.Operation);
        var change = Assert.Single(step.Changes);
        Assert.Equal(new PropertyChange("description", PropertyChangeKind.Update, false, "first", "second"), change);
        Assert.Equal(StepOperation.Same, result.Step("stage").Operation);
        Assert.Contains("~ description: \"first\" => \"second\"", DeploymentReport.Format(result), StringComparison.Ordinal);
        Assert.Contains("[diff: ~description]", DeploymentReport.Format(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replacement_checks_afresh_creates_the_new_one_then_deletes_the_old_one()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);
        await program.RunAsync(DeploymentCommand.Up, provider);
        var oldId = (await program.StateAsync()).Resources[0].Id;
        program.Write(TwoResources.Replace("name: shop-api", "name: shop-api-2", StringComparison.Ordinal));
        var callsBefore = provider.Calls.Count;

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(StepOperation.Replace, result.Step("api").Operation);
        Assert.True(result.Step("api").Changes.Single().Replaces);
        var sequence = provider.Calls.Skip(callsBefore).Where(c => c.Name == "api").Select(c => c.Method).ToList();
        Assert.Equal(["Check", "Diff", "Check", "Create", "Delete"], sequence);
        var recheck = (CheckRequest)provider.CallsOf("Check").Where(c => c.Name == "api").Last().Request;
        Assert.Empty(recheck.Olds.Fields);
        Assert.Equal(oldId, ((DeleteRequest)provider.CallsOf("Delete").Single(c => c.Name == "api").Request).Id);
        // The stage's apiId changed with it, so it is replaced too: the provider wants delete-before-replace only for stageName.
        Assert.Equal(StepOperation.Replace, result.Step("stage").Operation);
        var deletes = provider.CallsOf("Delete").Select(c => c.Name).ToList();
        Assert.Equal(["stage", "api"], deletes);
        Assert.DoesNotContain(oldId, provider.Ids);
        Assert.Equal(2, (await program.StateAsync()).Resources.Count);
    }

    [Fact]
    public async Task Delete_before_replace_deletes_first_when_the_provider_or_the_option_asks()
    {
        await using var provider = await FakeProvider.StartAsync();
        // The provider asks for stageName changes only; the option asks for the API.
        var withOption = TwoResources.Replace("      description: ${description}\n", "      description: ${description}\n    options: { deleteBeforeReplace: true }\n", StringComparison.Ordinal);
        Assert.NotEqual(TwoResources, withOption);
        using var program = new ProgramDirectory(withOption);
        await program.RunAsync(DeploymentCommand.Up, provider);

        program.Write(withOption.Replace("stageName: prod", "stageName: live", StringComparison.Ordinal));
        var callsBefore = provider.Calls.Count;
        var providerAsks = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(providerAsks.Succeeded, string.Join("\n", providerAsks.Errors));
        Assert.Equal(["Check", "Diff", "Delete", "Check", "Create"], provider.Calls.Skip(callsBefore).Where(c => c.Name == "stage").Select(c => c.Method));
        Assert.Single((await program.StateAsync()).Resources, r => r.Name == "stage");

        var oldApiId = (await program.StateAsync()).Resources.Single(r => r.Name == "api").Id;
        program.Write(withOption.Replace("stageName: prod", "stageName: live", StringComparison.Ordinal).Replace("name: shop-api", "name: shop-api-2", StringComparison.Ordinal));
        callsBefore = provider.Calls.Count;
        var optionAsks = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(optionAsks.Succeeded, string.Join("\n", optionAsks.Errors));
        Assert.Equal(StepOperation.Replace, optionAsks.Step("api").Operation);
        Assert.Equal(["Check", "Diff", "Delete", "Check", "Create"], provider.Calls.Skip(callsBefore).Where(c => c.Name == "api").Select(c => c.Method));
        Assert.Equal(oldApiId, ((DeleteRequest)provider.CallsOf("Delete").Last(c => c.Name == "api").Request).Id);
        Assert.Single((await program.StateAsync()).Resources, r => r.Name == "api");
    }

    [Fact]
    public async Task Removed_resources_are_deleted_dependents_first_after_creates()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);
        await program.RunAsync(DeploymentCommand.Up, provider);
        program.Write("""
            name: shop
            runtime: yaml
            resources:
              other:
                type: scpgateway:index:Api
                properties: { name: other }
            """);
        var callsBefore = provider.Calls.Count;

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var mutations = provider.Calls.Skip(callsBefore).Where(c => c.Method is "Create" or "Delete").Select(c => $"{c.Method} {c.Name}");
        Assert.Equal(["Create other", "Delete stage", "Delete api"], mutations);
        Assert.Equal(2, result.Count(StepOperation.Delete));
        Assert.Equal(["other"], (await program.StateAsync()).Resources.Select(r => r.Name));
    }

    [Fact]
    public async Task Destroy_deletes_everything_in_reverse_dependency_order()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);
        await program.RunAsync(DeploymentCommand.Up, provider);

        var result = await program.RunAsync(DeploymentCommand.Destroy, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["stage", "api"], provider.CallsOf("Delete").Select(c => c.Name));
        Assert.Empty(provider.Ids);
        Assert.Empty((await program.StateAsync()).Resources);
    }

    [Fact]
    public async Task Invoke_results_feed_resources_through_variables()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("""
            name: shop
            runtime: yaml
            variables:
              greeting:
                fn::invoke:
                  function: scpgateway:index:getGreeting
                  arguments: { name: "${pulumi.stack}" }
                  return: greeting
            resources:
              api:
                type: scpgateway:index:Api
                properties: { name: shop, description: "${greeting}" }
            """);

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var invoke = (InvokeRequest)provider.CallsOf("Invoke").Single().Request;
        Assert.Equal("dev", invoke.Args.Fields["name"].StringValue);
        Assert.Equal("hello dev", ((CreateRequest)provider.CallsOf("Create").Single().Request).Properties.Fields["description"].StringValue);
    }

    [Fact]
    public async Task Check_failures_fail_the_resource_and_name_the_property()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources.Replace("name: shop-api", "name: shop api", StringComparison.Ordinal));

        var result = await program.RunAsync(DeploymentCommand.Up, provider);

        Assert.False(result.Succeeded);
        Assert.Equal("scpgateway:index:Api api: Check failed: name: must not contain spaces", result.Step("api").Error);
        Assert.Equal(StepOperation.Skipped, result.Step("stage").Operation);
        Assert.Empty(provider.CallsOf("Create"));
    }

    [Fact]
    public async Task Ignored_changes_keep_the_old_value_and_reach_diff()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Protected("ignoreChanges: [ description ]"));
        await program.RunAsync(DeploymentCommand.Up, provider);

        var result = await program.RunAsync(DeploymentCommand.Up, provider, o => o with { Config = new Dictionary<string, string> { ["description"] = "second" } });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(StepOperation.Same, result.Step("api").Operation);
        var diff = (DiffRequest)provider.CallsOf("Diff").Single().Request;
        Assert.Equal(["description"], diff.IgnoreChanges);
        Assert.Equal("first", diff.News.Fields["description"].StringValue);
    }

    [Fact]
    public async Task A_protected_resource_is_neither_replaced_nor_deleted()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Protected("protect: true"));
        await program.RunAsync(DeploymentCommand.Up, provider);
        program.Write(Protected("protect: true").Replace("name: shop-api", "name: renamed", StringComparison.Ordinal));

        var replace = await program.RunAsync(DeploymentCommand.Up, provider);
        var destroy = await program.RunAsync(DeploymentCommand.Destroy, provider);

        Assert.Contains("protected and cannot be replaced", replace.Step("api").Error, StringComparison.Ordinal);
        Assert.Contains("protected and cannot be deleted", destroy.Step("api").Error, StringComparison.Ordinal);
        Assert.Empty(provider.CallsOf("Delete"));
        Assert.Single(provider.Ids);
    }

    private static string Protected(string option) => $$"""
        name: shop
        runtime: yaml
        config:
          description:
            default: first
        resources:
          api:
            type: scpgateway:index:Api
            properties: { name: shop-api, description: "${description}" }
            options:
              {{option}}
        """;

    [Fact]
    public async Task A_config_change_that_replaces_the_provider_replaces_every_resource()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(TwoResources);
        DeploymentOptions Region(DeploymentOptions options, string region) => options with { Config = new Dictionary<string, string> { ["scpgateway:region"] = region } };
        Assert.True((await program.RunAsync(DeploymentCommand.Up, provider, o => Region(o, "kr-west1"))).Succeeded);
        var before = (await program.StateAsync()).Resources.Select(r => r.Id).ToList();

        var same = await program.RunAsync(DeploymentCommand.Preview, provider, o => Region(o, "kr-west1"));
        var result = await program.RunAsync(DeploymentCommand.Up, provider, o => Region(o, "kr-east1"));

        Assert.All(same.Steps, step => Assert.Equal(StepOperation.Same, step.Operation));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([StepOperation.Replace, StepOperation.Replace], result.Steps.Select(step => step.Operation));
        var change = Assert.Single(result.Step("api").Changes);
        Assert.Equal("provider.region", change.Path);
        Assert.Equal(PropertyValue.FromString("kr-east1"), change.New);
        Assert.Equal(before.Order(), provider.CallsOf("Delete").Select(call => ((DeleteRequest)call.Request).Id).Order());
        Assert.DoesNotContain((await program.StateAsync()).Resources, r => before.Contains(r.Id));
    }
}
