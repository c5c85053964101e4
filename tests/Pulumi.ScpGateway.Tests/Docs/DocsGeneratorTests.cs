using System.Text.Json;
using Pulumi.ScpGateway.DocsGen;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>The generator on small schemas: what it refuses, and what it leaves alone when writing.</summary>
public class DocsGeneratorTests
{
    private const string Schema = """
        {
          "name": "demo",
          "version": "1.2.3",
          "resources": {
            "demo:index:Widget": {
              "description": "A widget.\n\n## Import\n\n```sh\n$ pulumi import demo:index:Widget my-widget <shopId>/<widgetId>\n```\n",
              "properties": { "shopId": { "type": "string", "description": "The shop." }, "widgetId": { "type": "string", "description": "The widget's id." } },
              "inputProperties": { "shopId": { "type": "string", "description": "The shop.", "willReplaceOnChanges": true } },
              "requiredInputs": ["shopId"]
            }
          },
          "functions": {}
        }
        """;

    private static readonly Dictionary<string, string> WidgetExample = new()
    {
        ["Widget.yaml"] = "name: w\nruntime: yaml\n",
        ["Widget.cs"] = "return await Pulumi.Deployment.RunAsync(() => { });\n",
    };

    [Fact]
    public void A_resource_without_an_example_program_is_refused_by_name()
    {
        var error = Assert.Throws<SchemaException>(() => DocsSet.Generate(Read(Schema), new Dictionary<string, string>()));

        Assert.Contains("Widget has no example program (examples/Widget.yaml)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_without_its_csharp_example_is_refused_by_name()
    {
        var error = Assert.Throws<SchemaException>(() => DocsSet.Generate(Read(Schema), new Dictionary<string, string> { ["Widget.yaml"] = WidgetExample["Widget.yaml"] }));

        Assert.Contains("Widget has no example program (examples/Widget.cs)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_shows_the_example_in_yaml_and_in_csharp()
    {
        var page = DocsSet.Generate(Read(Schema), WidgetExample)["resources/Widget.md"];

        Assert.Contains("## Example usage\n\n### YAML\n\n```yaml\nname: w\nruntime: yaml\n```\n\n### C#\n\n```csharp\nreturn await Pulumi.Deployment.RunAsync(() => { });\n```\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_example_for_something_the_schema_lacks_is_refused()
    {
        var examples = new Dictionary<string, string>(WidgetExample) { ["Gadget.yaml"] = "name: g\n" };

        var error = Assert.Throws<SchemaException>(() => DocsSet.Generate(Read(Schema), examples));

        Assert.Contains("Gadget.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_whose_description_has_no_import_command_is_refused()
    {
        var schema = Schema.Replace("$ pulumi import demo:index:Widget my-widget <shopId>/<widgetId>", "see the console", StringComparison.Ordinal);

        var error = Assert.Throws<SchemaException>(() => DocsSet.Generate(Read(schema), WidgetExample));

        Assert.StartsWith("demo:index:Widget: the description has no '## Import' section", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_import_section_is_taken_out_of_the_description_and_shown_as_its_own_section()
    {
        var page = DocsSet.Generate(Read(Schema), WidgetExample)["resources/Widget.md"];

        Assert.Contains("\nA widget.\n\n## Example usage", page, StringComparison.Ordinal);
        Assert.Single(page.Split("## Import").Skip(1));
        Assert.Contains("- `widgetId`: The widget's id.", page, StringComparison.Ordinal);
        Assert.Contains("pulumi import demo:index:Widget my-widget <shopId>/<widgetId>\n", page, StringComparison.Ordinal);
        Assert.Contains("| `shopId` | string | yes |  |  | replaces | The shop. |", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_removes_pages_the_schema_no_longer_has_and_keeps_other_files()
    {
        var root = Directory.CreateTempSubdirectory("docsgen-").FullName;
        try
        {
            var schemaPath = Path.Combine(root, "schema.json");
            var examples = Directory.CreateDirectory(Path.Combine(root, "examples")).FullName;
            var docs = Path.Combine(root, "docs");
            await File.WriteAllTextAsync(schemaPath, Schema);
            foreach (var (file, program) in WidgetExample)
            {
                await File.WriteAllTextAsync(Path.Combine(examples, file), program);
            }
            Directory.CreateDirectory(Path.Combine(docs, "resources"));
            await File.WriteAllTextAsync(Path.Combine(docs, "resources", "Gadget.md"), "# Gadget\n");
            await File.WriteAllTextAsync(Path.Combine(docs, "resources", "notes.txt"), "kept\n");

            var written = await DocsWriter.WriteAsync(schemaPath, examples, docs, CancellationToken.None);

            Assert.Equal(3, written);
            Assert.False(File.Exists(Path.Combine(docs, "resources", "Gadget.md")));
            Assert.True(File.Exists(Path.Combine(docs, "resources", "notes.txt")));
            Assert.True(File.Exists(Path.Combine(docs, "resources", "Widget.md")));
            Assert.Contains("resource demo 1.2.3 --file", await File.ReadAllTextAsync(Path.Combine(docs, "installation-configuration.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static PackageSpec Read(string schema)
    {
        using var document = JsonDocument.Parse(schema);
        return SchemaReader.Read(document.RootElement, PropertyOrder.Declaration);
    }
}
