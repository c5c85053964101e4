using Pulumi.ScpGateway.DocsGen.Pages;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen;

/// <summary>
/// Every page of docs/, by path relative to it ('/'-separated), from the schema and one example
/// program per resource and function (examples/&lt;Name&gt;.yaml).
/// </summary>
public static class DocsSet
{
    public const string ResourceFolder = "resources";
    public const string FunctionFolder = "functions";

    public static string ResourcePath(ResourceSpec resource) => $"{ResourceFolder}/{resource.Name}.md";

    public static string FunctionPath(FunctionSpec function) => $"{FunctionFolder}/{function.Name}.md";

    public static SortedDictionary<string, string> Generate(PackageSpec package, IReadOnlyDictionary<string, string> examples)
    {
        var members = package.Resources.Select(resource => resource.Name).Concat(package.Functions.Select(function => function.Name)).ToHashSet(StringComparer.Ordinal);
        var unused = examples.Keys.Where(name => !members.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            throw new SchemaException($"examples for nothing in the schema: {string.Join(", ", unused.Select(name => name + ".yaml"))}");
        }

        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["index.md"] = IndexPage.Render(package),
            ["installation-configuration.md"] = InstallationPage.Render(package),
        };
        foreach (var resource in package.Resources)
        {
            pages[ResourcePath(resource)] = ResourcePage.Render(package, resource, Example(examples, resource.Name));
        }
        foreach (var function in package.Functions)
        {
            pages[FunctionPath(function)] = FunctionPage.Render(package, function, Example(examples, function.Name));
        }
        return pages;
    }

    private static string Example(IReadOnlyDictionary<string, string> examples, string name) =>
        examples.GetValueOrDefault(name) ?? throw new SchemaException($"{name} has no example program (examples/{name}.yaml)");
}
