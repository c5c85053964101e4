using System.Text;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>docs/index.md: the package, links to installation and to every resource and function page.</summary>
public static class IndexPage
{
    public static string Render(PackageSpec package)
    {
        var page = new StringBuilder();
        page.Append($"# The `{package.Name}` package, version {package.Version}\n\n");
        page.Append(PropertyTables.Paragraph(package.Description));
        page.Append("These pages are generated from `schema.json` by `make docs`.\n\n");
        page.Append("- [Installation and configuration](installation-configuration.md)\n\n");

        page.Append("## Resources\n\n");
        page.Append(Markdown.Table(
            ["resource", "import id", "what it is"],
            package.Resources.Select(resource => (IReadOnlyList<string>)
                [$"[{resource.Name}]({DocsSet.ResourcePath(resource)})", Markdown.Code(ResourcePage.Import(resource).Id), Markdown.Summary(resource.Overview)])));

        page.Append("\n## Functions\n\n");
        page.Append(Markdown.Table(
            ["function", "what it returns"],
            package.Functions.Select(function => (IReadOnlyList<string>)
                [$"[{function.Name}]({DocsSet.FunctionPath(function)})", Markdown.Summary(function.Description)])));
        return page.ToString();
    }
}
