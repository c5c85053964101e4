using Pulumi.ScpGateway.DocsGen.Pages;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen;

/// <summary>
/// Every page of docs/, by path relative to it ('/'-separated), from the schema and two example
/// programs per resource and function, the same program in YAML and in C# (examples/&lt;Name&gt;.yaml
/// and examples/&lt;Name&gt;.cs).
/// </summary>
public static class DocsSet
{
    public const string ResourceFolder = "resources";
    public const string FunctionFolder = "functions";

    public static string ResourcePath(ResourceSpec resource) => $"{ResourceFolder}/{resource.Name}.md";

    public static string FunctionPath(FunctionSpec function) => $"{FunctionFolder}/{function.Name}.md";

    /// <summary>The languages of the example programs: file extension and Markdown code block language.</summary>
    public static readonly IReadOnlyList<(string Extension, string Language, string Title)> ExampleLanguages =
    [
        (".yaml", "yaml", "YAML"),
        (".cs", "csharp", "C#"),
    ];

    /// <param name="examples">The example programs by file name (<c>Api.yaml</c>, <c>Api.cs</c>).</param>
    public static SortedDictionary<string, string> Generate(PackageSpec package, IReadOnlyDictionary<string, string> examples)
    {
        var members = package.Resources.Select(resource => resource.Name).Concat(package.Functions.Select(function => function.Name)).ToHashSet(StringComparer.Ordinal);
        var unused = examples.Keys.Where(file => !members.Contains(Path.GetFileNameWithoutExtension(file))).Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            throw new SchemaException($"examples for nothing in the schema: {string.Join(", ", unused)}");
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

    /// <summary>The "Example usage" section: the program in each language.</summary>
    private static string Example(IReadOnlyDictionary<string, string> examples, string name) =>
        "## Example usage\n" + string.Concat(ExampleLanguages.Select(language =>
        {
            var file = name + language.Extension;
            var program = examples.GetValueOrDefault(file) ?? throw new SchemaException($"{name} has no example program (examples/{file})");
            return $"\n### {language.Title}\n\n" + Markdown.CodeBlock(language.Language, program);
        }));
}
