using System.Text;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>docs/functions/&lt;name&gt;.md: what the function returns, an example program, its arguments and result.</summary>
public static class FunctionPage
{
    public static string Render(PackageSpec package, FunctionSpec function, string example)
    {
        var page = new StringBuilder();
        page.Append(PropertyTables.PageTop(package, "Function", function.Name, function.Token, function.Description, example));

        page.Append("\n## Arguments\n\n");
        var inputs = function.Inputs.Properties;
        var outputs = (function.Outputs ?? ObjectSpec.Empty).Properties;
        page.Append(inputs.Count == 0 ? "None.\n" : PropertyTables.Arguments(inputs));

        page.Append("\n## Result\n\n");
        page.Append(PropertyTables.Outputs(outputs));

        var types = PropertyTables.Types(package, inputs.Concat(outputs));
        if (types.Length > 0)
        {
            page.Append("\n## Types\n").Append(types);
        }
        return page.ToString();
    }
}
