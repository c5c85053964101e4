using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.Tests.PackageSchema;

/// <summary>What the generators get from schema.json, and what the reader refuses (saying where).</summary>
public sealed class SchemaReaderTests
{
    private const string Schema = """
        {
          "name": "demo",
          "description": "Demo things.",
          "pluginDownloadURL": "https://example.invalid/demo",
          "language": { "csharp": { "rootNamespace": "Acme", "namespaces": { "demo": "DemoCloud" }, "packageReferences": { "Pulumi": "3.*", "Acme.Base": "1.0" } } },
          "config": {
            "variables": {
              "region": { "type": "string", "default": "east", "defaultInfo": { "environment": ["DEMO_REGION", "REGION"] } },
              "accessKey": { "type": "string", "secret": true, "description": "The key." }
            },
            "required": ["accessKey"]
          },
          "provider": { "description": "The provider.", "inputProperties": { "region": { "type": "string" } } },
          "types": {
            "demo:index:Size": { "type": "string", "description": "How big.", "enum": [{ "value": "S", "name": "Small", "description": "Fits a hand." }, { "value": "L" }] },
            "demo:index:Part": { "type": "object", "description": "A part.", "properties": { "label": { "$ref": "#/types/demo:index:Label" } } },
            "demo:index:Label": { "type": "object", "properties": { "text": { "type": "string" } }, "required": ["text"] },
            "demo:index:Unused": { "type": "object", "properties": { "n": { "type": "integer" } } }
          },
          "resources": {
            "demo:index:Widget": {
              "description": "A widget.\n\n## Import\n\n```sh\n$ pulumi import demo:index:Widget my-widget <shopId>/<widgetId>\n```\n",
              "properties": {
                "widgetId": { "type": "string" },
                "shopId": { "type": "string", "willReplaceOnChanges": true },
                "size": { "$ref": "#/types/demo:index:Size" },
                "parts": { "type": "array", "items": { "$ref": "#/types/demo:index:Part" } },
                "tags": { "type": "object", "additionalProperties": { "type": "integer" } },
                "extra": { "$ref": "pulumi.json#/Any" },
                "raw": { "$ref": "pulumi.json#/Json" }
              },
              "required": ["widgetId", "shopId"],
              "inputProperties": {
                "shopId": { "type": "string", "willReplaceOnChanges": true },
                "count": { "type": "integer", "default": 8 },
                "ratio": { "type": "number", "default": 1.5 },
                "enabled": { "type": "boolean", "default": false },
                "password": { "type": "string", "secret": true }
              },
              "requiredInputs": ["shopId"],
              "stateInputs": { "properties": { "shopId": { "type": "string" } }, "required": ["shopId"] }
            },
            "demo:index:Shop": { "description": "A shop.", "properties": { "shopId": { "type": "string" } } }
          },
          "functions": {
            "demo:index:getWidget": {
              "description": "Looks up a widget.",
              "inputs": { "properties": { "widgetId": { "type": "string" } }, "required": ["widgetId"] },
              "outputs": { "properties": { "part": { "$ref": "#/types/demo:index:Part" } } }
            },
            "demo:index:ping": {}
          }
        }
        """;

    [Fact]
    public void Properties_come_in_declaration_order_or_sorted_by_name_as_asked()
    {
        var declared = Widget(Read(Schema, PropertyOrder.Declaration));
        var sorted = Widget(Read(Schema, PropertyOrder.Name));

        Assert.Equal(["widgetId", "shopId", "size", "parts", "tags", "extra", "raw"], declared.Outputs.Properties.Select(p => p.Name));
        Assert.Equal(["extra", "parts", "raw", "shopId", "size", "tags", "widgetId"], sorted.Outputs.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Resources_functions_and_types_are_sorted_by_token_whatever_the_json_order()
    {
        // The schema lists Widget before Shop, and Part before Label.
        var package = Read(Schema);

        Assert.Equal(["demo:index:Shop", "demo:index:Widget"], package.Resources.Select(r => r.Token));
        Assert.Equal(["demo:index:getWidget", "demo:index:ping"], package.Functions.Select(f => f.Token));
        Assert.Equal(["demo:index:Label", "demo:index:Part", "demo:index:Unused"], package.Types.Keys);
    }

    [Fact]
    public void A_property_carries_its_flags_required_default_and_environment()
    {
        var package = Read(Schema);
        var widget = Widget(package);
        var inputs = widget.Inputs.Properties.ToDictionary(p => p.Name);

        Assert.True(inputs["shopId"].Required);
        Assert.True(inputs["shopId"].ReplaceOnChanges);
        Assert.False(inputs["count"].Required);
        Assert.True(inputs["password"].Secret);
        Assert.False(inputs["shopId"].Secret);
        Assert.Equal(new DefaultValue(DefaultKind.Number, "8"), inputs["count"].Default);
        Assert.Equal(new DefaultValue(DefaultKind.Number, "1.5"), inputs["ratio"].Default);
        Assert.Equal(new DefaultValue(DefaultKind.Boolean, "false"), inputs["enabled"].Default);
        Assert.Null(inputs["password"].Default);
        Assert.True(widget.Inputs.HasRequired);
        Assert.False(package.Provider.Inputs.HasRequired);

        var config = package.Config.Properties.ToDictionary(p => p.Name);
        Assert.Equal(new DefaultValue(DefaultKind.String, "east"), config["region"].Default);
        Assert.Equal(["DEMO_REGION", "REGION"], config["region"].DefaultEnvironment);
        Assert.Empty(config["accessKey"].DefaultEnvironment);
        Assert.True(config["accessKey"].Required);
        Assert.Equal("The key.", config["accessKey"].Description);
        Assert.Equal("", config["region"].Description);
    }

    [Fact]
    public void Enum_types_are_read_with_their_values_and_references_keep_the_primitive_and_name_the_enum()
    {
        var package = Read(Schema);
        var size = Widget(package).Outputs.Properties.Single(p => p.Name == "size").Type;

        Assert.Equal(TypeKind.String, size.Kind);
        Assert.Equal("demo:index:Size", size.EnumToken);
        var spec = Assert.Single(package.Enums.Values);
        Assert.Equal(("Size", "How big.", TypeKind.String), (spec.Name, spec.Description, spec.Underlying.Kind));
        Assert.Equal([new EnumValueSpec("Small", "S", "Fits a hand."), new EnumValueSpec(null, "L", "")], spec.Values);
        Assert.Equal(["demo:index:Size"], package.EnumsReachedFrom(Widget(package).Outputs.Properties));
        Assert.DoesNotContain("demo:index:Size", package.Types.Keys);
    }

    [Fact]
    public void Types_are_read_with_enums_as_their_primitive_and_objects_by_token()
    {
        var outputs = Widget(Read(Schema)).Outputs.Properties.ToDictionary(p => p.Name, p => p.Type);

        Assert.Equal(TypeRef.String with { EnumToken = "demo:index:Size" }, outputs["size"]);
        Assert.Equal(new TypeRef(TypeKind.Array, new TypeRef(TypeKind.Object, ObjectToken: "demo:index:Part")), outputs["parts"]);
        Assert.Equal("demo:index:Part", outputs["parts"].Innermost.ObjectToken);
        Assert.Equal(new TypeRef(TypeKind.Map, new TypeRef(TypeKind.Integer)), outputs["tags"]);
        Assert.Equal(TypeKind.Any, outputs["extra"].Kind);
        Assert.Equal(TypeKind.Json, outputs["raw"].Kind);
    }

    [Fact]
    public void The_types_properties_reach_include_those_inside_collections_and_other_types()
    {
        var package = Read(Schema);

        Assert.Equal(["demo:index:Label", "demo:index:Part"], package.TypesReachedFrom(Widget(package).Outputs.Properties).Order(StringComparer.Ordinal));
        Assert.Empty(package.TypesReachedFrom(Widget(package).Inputs.Properties));
    }

    [Fact]
    public void The_import_section_is_split_from_the_description()
    {
        var package = Read(Schema);
        var widget = Widget(package);

        Assert.Equal(("my-widget", "<shopId>/<widgetId>"), (widget.Import!.ExampleName, widget.Import.Id));
        Assert.Equal(["shopId", "widgetId"], widget.Import.IdParts);
        Assert.Equal("A widget.", widget.Overview);
        Assert.EndsWith("<shopId>/<widgetId>\n```\n", widget.Description, StringComparison.Ordinal);
        var shop = package.Resources.Single(r => r.Name == "Shop");
        Assert.Null(shop.Import);
        Assert.Equal("A shop.", shop.Overview);
    }

    [Fact]
    public void The_package_its_provider_functions_and_csharp_settings_are_read()
    {
        var package = Read(Schema);

        Assert.Equal("demo", package.Name);
        Assert.Equal("0.0.0", package.Version);
        Assert.Equal("Demo things.", package.Description);
        Assert.Equal("https://example.invalid/demo", package.PluginDownloadUrl);
        Assert.Equal("Acme", package.CSharp.RootNamespace);
        Assert.Equal("DemoCloud", package.CSharp.Namespaces["demo"]);
        Assert.Equal(["Acme.Base", "Pulumi"], package.CSharp.PackageReferences.Keys);
        Assert.Equal(("pulumi:providers:demo", "Provider", "The provider."), (package.Provider.Token, package.Provider.Name, package.Provider.Description));
        Assert.Equal(["region"], package.Provider.Inputs.Properties.Select(p => p.Name));
        var getWidget = package.Functions[0];
        Assert.Equal(("getWidget", "Looks up a widget."), (getWidget.Name, getWidget.Description));
        Assert.True(getWidget.Inputs.Properties.Single().Required);
        Assert.Equal("part", getWidget.Outputs!.Properties.Single().Name);
        Assert.Null(package.Functions[1].Outputs);
        Assert.Empty(package.Functions[1].Inputs.Properties);
    }

    [Theory]
    [InlineData("#/resources/demo:index:Widget/properties/extra", "pulumi.json#/Asset", "#/resources/demo:index:Widget/properties/extra: reference 'pulumi.json#/Asset' is not supported")]
    [InlineData("#/resources/demo:index:Widget/inputProperties/count", "#/types/demo:index:Owner", "#/resources/demo:index:Widget/inputProperties/count: unknown type 'demo:index:Owner'")]
    [InlineData("#/types/demo:index:Part/properties/label", "#/types/other:index:Label", "#/types/demo:index:Part/properties/label: type 'other:index:Label' belongs to another package")]
    public void References_the_generators_cannot_follow_are_refused_where_they_are(string pointer, string reference, string message)
    {
        var schema = JsonNode.Parse(Schema)!;
        var property = Node(schema, pointer).AsObject();
        property.Clear();
        property["$ref"] = reference;

        Assert.Equal(message, Refusal(schema.ToJsonString()));
    }

    [Theory]
    [InlineData("""{ "type": "array", "items": { "$ref": "#/types/demo:index:Part" } }""", """{ "type": "array", "items": { "type": "decimal" } }""", "#/resources/demo:index:Widget/properties/parts/items: unknown type 'decimal'")]
    [InlineData("<shopId>/<widgetId>", "<shopId>/<gadgetId>", "#/resources/demo:index:Widget/description: import id part 'gadgetId' is not a property")]
    [InlineData("$ pulumi import demo:index:Widget", "$ pulumi import demo:index:Shop", "#/resources/demo:index:Widget/description: the import command is for 'demo:index:Shop', not 'demo:index:Widget'")]
    [InlineData("\"default\": 8", "\"default\": [8]", "#/resources/demo:index:Widget/inputProperties/count/default: defaults of kind Array are not supported")]
    [InlineData("\"required\": [\"accessKey\"]", "\"required\": \"accessKey\"", "#/config/required: expected a list of strings")]
    public void A_malformed_schema_is_refused_saying_where(string text, string replacement, string message)
    {
        var schema = Schema.Replace(text, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Schema, schema);

        Assert.Equal(message, Refusal(schema));
    }

    [Fact]
    public void A_schema_without_a_package_name_is_refused()
    {
        Assert.Equal("#/name: the package has no name", Refusal("""{ "version": "1.0.0" }"""));
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_refused_naming_the_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("scpgateway-schema-").FullName, "schema.json");
        try
        {
            await File.WriteAllTextAsync(path, "{ \"name\": ");

            var error = await Assert.ThrowsAsync<SchemaException>(() => SchemaReader.ReadFileAsync(path, PropertyOrder.Name, CancellationToken.None));

            Assert.StartsWith($"{path}: not valid JSON", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static ResourceSpec Widget(PackageSpec package) => package.Resources.Single(r => r.Token == "demo:index:Widget");

    private static PackageSpec Read(string schema, PropertyOrder order = PropertyOrder.Declaration)
    {
        using var document = JsonDocument.Parse(schema);
        return SchemaReader.Read(document.RootElement, order);
    }

    private static string Refusal(string schema) => Assert.Throws<SchemaException>(() => Read(schema)).Message;

    /// <summary>The node a <c>#/a/b</c> path names (segments are member names; tokens hold no '/').</summary>
    private static JsonNode Node(JsonNode root, string pointer) =>
        pointer.TrimStart('#', '/').Split('/').Aggregate(root, (node, segment) => node[segment]!);
}
