using System.Text;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>docs/resources/&lt;Name&gt;.md: what the resource is, an example program, its inputs, outputs and import id.</summary>
public static class ResourcePage
{
    public static string Render(PackageSpec package, ResourceSpec resource, string example)
    {
        var page = new StringBuilder();
        var inputs = resource.Inputs.Properties;
        var outputs = AdditionalOutputs(resource);
        page.Append(PropertyTables.PageTop(package, "Resource", resource.Name, resource.Token, resource.Overview, example));

        page.Append("\n## Inputs\n\n");
        page.Append("\"replaces\": changing the input makes the provider create a new resource and delete the old one; ");
        page.Append("\"updates in place\": the provider changes the existing resource.\n\n");
        page.Append(PropertyTables.ResourceInputs(inputs));

        page.Append("\n## Outputs\n\n");
        page.Append("Every input is also an output. In addition:\n\n");
        page.Append(PropertyTables.Outputs(outputs));

        page.Append("\n## Import\n\n");
        page.Append(ImportSection(resource));

        var types = PropertyTables.Types(package, inputs.Concat(outputs));
        if (types.Length > 0)
        {
            page.Append("\n## Types\n").Append(types);
        }
        return page.ToString();
    }

    /// <summary>The import id, what each of its parts is, and the command.</summary>
    public static string ImportSection(ResourceSpec resource)
    {
        var import = Import(resource);
        var properties = resource.Inputs.Properties.Concat(AdditionalOutputs(resource)).ToDictionary(property => property.Name, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append($"The import id is {Markdown.Code(import.Id)}, which is also the resource's Pulumi id");
        text.Append(import.IdParts.Count > 1 ? " (its parts joined with `/`):\n\n" : ":\n\n");
        foreach (var part in import.IdParts)
        {
            text.Append($"- {Markdown.Code(part)}: {Markdown.Cell(properties[part].Description)}\n");
        }
        text.Append('\n');
        text.Append(Markdown.CodeBlock("sh", ImportCommand(resource)));
        text.Append("\nImport reads the resource from SCP and prints the program that describes it; ");
        text.Append("inputs that SCP does not return (see the descriptions above) are left out.\n");
        return text.ToString();
    }

    public static string ImportCommand(ResourceSpec resource) =>
        $"pulumi import {resource.Token} {Import(resource).ExampleName} {Import(resource).Id}";

    /// <summary>The import section every resource page shows; a resource without one has no page.</summary>
    public static ImportSpec Import(ResourceSpec resource) => resource.Import
        ?? throw new SchemaException($"{resource.Token}: the description has no '## Import' section with a `pulumi import {resource.Token} <name> <id>` command");

    /// <summary>The outputs that are not also inputs (the page says every input is an output).</summary>
    public static List<PropertySpec> AdditionalOutputs(ResourceSpec resource)
    {
        var inputs = resource.Inputs.Properties.Select(input => input.Name).ToHashSet(StringComparer.Ordinal);
        return [.. resource.Outputs.Properties.Where(output => !inputs.Contains(output.Name))];
    }
}
