using System.Text;
using Pulumi.ScpGateway.DocsGen.Schema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>docs/functions/&lt;name&gt;.md: what the function returns, an example program, its arguments and result.</summary>
public static class FunctionPage
{
    public static string Render(PackageDoc package, FunctionDoc function, string example)
    {
        var page = new StringBuilder();
        page.Append(PropertyTables.PageTop(package, "Function", function.Name, function.Token, function.Description, example));

        page.Append("\n## Arguments\n\n");
        page.Append(function.Inputs.Count == 0 ? "None.\n" : PropertyTables.Arguments(function.Inputs));

        page.Append("\n## Result\n\n");
        page.Append(PropertyTables.Outputs(function.Outputs));

        var types = PropertyTables.Types(package, function.Inputs.Concat(function.Outputs));
        if (types.Length > 0)
        {
            page.Append("\n## Types\n").Append(types);
        }
        return page.ToString();
    }
}
