using System.Text;
using Pulumi.ScpGateway.DocsGen.Schema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>docs/resources/&lt;Name&gt;.md: what the resource is, an example program, its inputs, outputs and import id.</summary>
public static class ResourcePage
{
    public static string Render(PackageDoc package, ResourceDoc resource, string example)
    {
        var page = new StringBuilder();
        page.Append(PropertyTables.PageTop(package, "Resource", resource.Name, resource.Token, resource.Description, example));

        page.Append("\n## Inputs\n\n");
        page.Append("\"replaces\": changing the input makes the provider create a new resource and delete the old one; ");
        page.Append("\"updates in place\": the provider changes the existing resource.\n\n");
        page.Append(PropertyTables.ResourceInputs(resource.Inputs));

        page.Append("\n## Outputs\n\n");
        page.Append("Every input is also an output. In addition:\n\n");
        page.Append(PropertyTables.Outputs(resource.Outputs));

        page.Append("\n## Import\n\n");
        page.Append(ImportSection(resource));

        var types = PropertyTables.Types(package, resource.Inputs.Concat(resource.Outputs));
        if (types.Length > 0)
        {
            page.Append("\n## Types\n").Append(types);
        }
        return page.ToString();
    }

    /// <summary>The import id, what each of its parts is, and the command.</summary>
    public static string ImportSection(ResourceDoc resource)
    {
        var properties = resource.Inputs.Concat(resource.Outputs).ToDictionary(property => property.Name, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append($"The import id is {Markdown.Code(resource.ImportId.Template)}, which is also the resource's Pulumi id");
        text.Append(resource.ImportId.Parts.Count > 1 ? " (its parts joined with `/`):\n\n" : ":\n\n");
        foreach (var part in resource.ImportId.Parts)
        {
            text.Append($"- {Markdown.Code(part)}: {Markdown.Cell(properties[part].Description)}\n");
        }
        text.Append('\n');
        text.Append(Markdown.CodeBlock("sh", ImportCommand(resource)));
        text.Append("\nImport reads the resource from SCP and prints the program that describes it; ");
        text.Append("inputs that SCP does not return (see the descriptions above) are left out.\n");
        return text.ToString();
    }

    public static string ImportCommand(ResourceDoc resource) =>
        $"pulumi import {resource.Token} {resource.ImportId.ExampleName} {resource.ImportId.Template}";
}
