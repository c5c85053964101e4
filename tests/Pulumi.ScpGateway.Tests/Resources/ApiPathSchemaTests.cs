using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Tests.Framework;

namespace Pulumi.ScpGateway.Tests.Resources;

/// <summary>What the schema (and so the SDK docs) says about Api, Resource and Method.</summary>
public class ApiPathSchemaTests
{
    private readonly JsonObject _resources = PackageCatalog.Create().Schema().Resources;

    private JsonNode Resource(string name) => _resources[$"scpgateway:index:{name}"]!;

    private string PropertyDescription(string resource, string property) =>
        Resource(resource)["inputProperties"]![property]!["description"]!.GetValue<string>();

    [Fact]
    public void The_three_resources_satisfy_the_package_metaschema()
    {
        var package = new JsonObject
        {
            ["name"] = "scpgateway",
            ["resources"] = new JsonObject(new[] { "Api", "Resource", "Method" }.Select(name =>
                new KeyValuePair<string, JsonNode?>($"scpgateway:index:{name}", Resource(name).DeepClone()))),
        };

        Assert.Empty(Metaschema.Load().Validate(package));
    }

    [Fact]
    public void Import_ids_are_documented_as_the_spec_lists_them()
    {
        Assert.Contains("scpgateway:index:Api my-api <apiId>", Resource("Api")["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<apiId>/<resourceId>", Resource("Resource")["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<apiId>/<resourceId>/<methodType>", Resource("Method")["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_scp_cannot_return_say_so()
    {
        Assert.Contains("do not include tags", PropertyDescription("Api", "tags"), StringComparison.Ordinal);
        Assert.Contains("do not include the endpoint type", PropertyDescription("Api", "endpointType"), StringComparison.Ordinal);
        Assert.Contains("`{id}` is refused", PropertyDescription("Resource", "pathPart"), StringComparison.Ordinal);
    }

    [Fact]
    public void Method_parameter_maps_are_maps_of_booleans()
    {
        var queryStrings = Resource("Method")["inputProperties"]!["queryStrings"]!;

        Assert.Equal("object", queryStrings["type"]!.GetValue<string>());
        Assert.Equal("boolean", queryStrings["additionalProperties"]!["type"]!.GetValue<string>());
    }
}
