using System.Text;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// What <c>pulumi import</c> prints after importing: the program text declaring the resource with the
/// inputs read from the cloud, here in Pulumi YAML. Values are written as JSON, which YAML reads as is;
/// a secret input is left for the user to fill in rather than printed.
/// </summary>
public static class ImportedProgram
{
    public const string Preamble = "Please copy the following code into your Pulumi application (Pulumi.yaml):";

    public static string Snippet(string name, string type, PropertyMap inputs, bool protect)
    {
        var text = new StringBuilder()
            .AppendLine("resources:")
            .Append("  ").Append(name).AppendLine(":")
            .Append("    type: ").AppendLine(type);
        if (inputs.Count > 0)
        {
            text.AppendLine("    properties:");
            foreach (var (key, value) in inputs)
            {
                text.Append("      ").Append(key).Append(": ").AppendLine(value.ContainsSecrets()
                    ? "{ fn::secret: \"<the secret value>\" }"
                    : PropertyJson.Serialize(value));
            }
        }

        if (protect)
        {
            text.AppendLine("    options:").AppendLine("      protect: true");
        }

        return text.ToString();
    }
}
