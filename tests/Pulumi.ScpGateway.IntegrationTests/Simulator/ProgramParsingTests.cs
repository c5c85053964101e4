using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class ProgramParsingTests
{
    private const string Program = """
        name: shop
        runtime: yaml
        config:
          prefix:
            type: string
            default: demo
          replicas:
            type: integer
          apiKey:
            type: string
            secret: true
        resources:
          api:
            type: scpgateway:index:Api
            properties:
              name: ${prefix}-api
              description: "literal $${notAReference}"
              count: 3
              enabled: true
          stage:
            type: scpgateway:index:Stage
            properties:
              apiId: ${api.apiId}
              url: https://${api.name}/x/${api.tags["env"]}
              first: ${api.items[0].id}
            options:
              dependsOn: [ "${api}" ]
              ignoreChanges: [ description ]
              deleteBeforeReplace: true
        variables:
          hello:
            fn::invoke:
              function: scpgateway:index:getGreeting
              arguments:
                name: ${api.name}
              return: greeting
        outputs:
          url: ${stage.url}
          token:
            fn::secret: ${api.token}
        """;

    [Fact]
    public void A_program_reads_into_config_resources_variables_and_outputs()
    {
        var program = YamlProgramParser.Parse(Program);

        Assert.Equal("shop", program.Name);
        Assert.Equal(["prefix", "replicas", "apiKey"], program.Config.Select(c => c.Key));
        Assert.Equal(PropertyValue.FromString("demo"), program.Config[0].Default);
        Assert.Equal("integer", program.Config[1].Type);
        Assert.True(program.Config[2].Secret);
        var stage = program.FindResource("stage")!;
        Assert.Equal(["api"], stage.Options.DependsOn);
        Assert.Equal(["description"], stage.Options.IgnoreChanges);
        Assert.True(stage.Options.DeleteBeforeReplace);
        Assert.Equal(["url", "token"], program.Outputs.Select(o => o.Key));
        Assert.IsType<InvokeExpression>(program.Variables.Single().Value);
    }

    [Fact]
    public void Literals_keep_their_types_and_escaped_dollars_stay_text()
    {
        var api = YamlProgramParser.Parse(Program).FindResource("api")!.Properties.Entries.ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal(PropertyValue.FromNumber(3), Assert.IsType<LiteralExpression>(api["count"]).Value);
        Assert.Equal(PropertyValue.True, Assert.IsType<LiteralExpression>(api["enabled"]).Value);
        Assert.Equal(PropertyValue.FromString("literal ${notAReference}"), Assert.IsType<LiteralExpression>(api["description"]).Value);
    }

    [Fact]
    public void References_parse_into_root_and_path()
    {
        var stage = YamlProgramParser.Parse(Program).FindResource("stage")!.Properties.Entries.ToDictionary(e => e.Key, e => e.Value);

        var first = Assert.IsType<ReferenceExpression>(stage["first"]);
        Assert.Equal("api", first.Root);
        Assert.Equal([new PathStep("items", null), new PathStep(null, 0), new PathStep("id", null)], first.Path);
        var url = Assert.IsType<InterpolationExpression>(stage["url"]);
        Assert.Equal(["api", "api"], url.Parts.Where(p => p.Reference is not null).Select(p => p.Reference!.Root));
        Assert.Contains(url.Parts, p => p.Reference?.Path.SequenceEqual([new PathStep("tags", null), new PathStep("env", null)]) == true);
    }

    [Fact]
    public void Dependencies_come_from_references_and_depends_on_and_order_dependencies_first()
    {
        var graph = DependencyGraph.Build(YamlProgramParser.Parse(Program));

        Assert.Equal(["api"], graph.Dependencies["stage"]);
        Assert.Equal(["api"], graph.Dependencies["hello"]);
        Assert.True(graph.Order.ToList().IndexOf("api") < graph.Order.ToList().IndexOf("stage"));
    }

    [Fact]
    public void A_cycle_is_an_error_that_shows_the_cycle()
    {
        var program = YamlProgramParser.Parse("""
            name: loop
            runtime: yaml
            resources:
              a:
                type: scpgateway:index:Api
                properties: { description: "${b.name}" }
              b:
                type: scpgateway:index:Api
                properties: { description: "${a.name}" }
            """);

        var error = Assert.Throws<ProgramException>(() => DependencyGraph.Build(program));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("properties: { name: { fn::readFile: x } }", "resources.a.properties.name: the function 'fn::readFile' is not supported")]
    [InlineData("properties: { name: \"${oops\" }", "resources.a.properties.name: unterminated")]
    [InlineData("options: { retainOnDelete: true }", "resources.a.options: option 'retainOnDelete' is not supported")]
    [InlineData("options: { dependsOn: [ \"${nothing}\" ] }", "resources.a.options.dependsOn: 'nothing' is not a resource")]
    public void Mistakes_name_the_resource_and_property(string body, string expected)
    {
        var error = Assert.Throws<ProgramException>(() => DependencyGraph.Build(YamlProgramParser.Parse($"""
            name: bad
            runtime: yaml
            resources:
              a:
                type: scpgateway:index:Api
                {body}
            """)));

        // Led by the place in Pulumi.yaml where the parser found it (A_mistake_in_a_resource_gives_the_line_and_column...).
        Assert.StartsWith(expected, System.Text.RegularExpressions.Regex.Replace(error.Message, @"^Pulumi\.yaml:\d+:\d+: ", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_yaml_runtime_is_accepted()
    {
        var error = Assert.Throws<ProgramException>(() => YamlProgramParser.Parse("name: x\nruntime: nodejs\n"));

        Assert.Contains("only 'yaml'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_gives_its_line_and_column()
    {
        var error = Assert.Throws<ProgramException>(() => YamlProgramParser.Parse("name: bad\nruntime: yaml\nresources:\n  api: [unclosed\n"));

        Assert.Matches(@"^Pulumi\.yaml:\d+:\d+: Pulumi\.yaml is not valid YAML", error.Message);
    }

    [Fact]
    public void A_mistake_in_a_resource_gives_the_line_and_column_where_it_was_written()
    {
        var error = Assert.Throws<ProgramException>(() => YamlProgramParser.Parse("""
            name: shop
            runtime: yaml
            resources:
              api:
                type: scpgateway:index:Api
                options:
                  retainOnDelete: true
            """));

        Assert.StartsWith("Pulumi.yaml:6:5: resources.api.options: option 'retainOnDelete' is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_to_nothing_found_while_running_is_placed_too()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory("""
            name: shop
            runtime: yaml
            resources:
              api:
                type: scpgateway:index:Api
                properties:
                  name: shop
                  description: ${nothing.here}
            """);

        var result = await program.RunAsync(DeploymentCommand.Preview, provider);

        Assert.StartsWith("Pulumi.yaml:8:7: resources.api.properties.description: '${nothing.here}' refers to 'nothing'", result.Step("api").Error, StringComparison.Ordinal);
    }
}
