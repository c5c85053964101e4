using System.Globalization;
using System.Text;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// <c>stack output [NAME] [--show-secrets] [--json]</c> as the Pulumi CLI prints it, from the outputs the
/// last update saved in the state: a table, or one value bare; secrets as <c>[secret]</c> unless asked.
/// </summary>
public static class StackOutputs
{
    /// <returns>The text to print, or an error message (<paramref name="error"/> true).</returns>
    public static string Format(PropertyMap outputs, string? name, bool showSecrets, bool json, out bool error)
    {
        error = false;
        if (name is not null)
        {
            if (!outputs.TryGetValue(name, out var value))
            {
                error = true;
                return $"current stack does not have output property '{name}'";
            }

            return (json ? Json(value, showSecrets) : Bare(value, showSecrets)) + "\n";
        }

        if (json)
        {
            return Json(PropertyValue.FromObject(outputs), showSecrets) + "\n";
        }

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Current stack outputs ({outputs.Count}):").AppendLine();
        if (outputs.Count == 0)
        {
            return text.AppendLine("    No output values currently in this stack").ToString();
        }

        var width = Math.Max("OUTPUT".Length, outputs.Keys.Max(key => key.Length));
        text.Append("    ").Append("OUTPUT".PadRight(width)).AppendLine("  VALUE");
        foreach (var (key, value) in outputs)
        {
            text.Append("    ").Append(key.PadRight(width)).Append("  ").AppendLine(Bare(value, showSecrets));
        }

        return text.ToString();
    }

    // A string bare, anything else as JSON, as `pulumi stack output` does.
    private static string Bare(PropertyValue value, bool showSecrets)
    {
        if (value.ContainsSecrets() && !showSecrets)
        {
            return "[secret]";
        }

        var plain = value.UnwrapSecrets();
        return plain.Kind == PropertyValueKind.String ? plain.AsString : PropertyJson.Serialize(plain);
    }

    private static string Json(PropertyValue value, bool showSecrets) =>
        value.ContainsSecrets() && !showSecrets ? PropertyJson.Serialize(Masked(value)) : PropertyJson.Serialize(value.UnwrapSecrets());

    private static PropertyValue Masked(PropertyValue value) => value switch
    {
        _ when value.Kind is PropertyValueKind.Secret or PropertyValueKind.Output && value.ContainsSecrets() => PropertyValue.FromString("[secret]"),
        { Kind: PropertyValueKind.Object } => PropertyValue.FromObject(new PropertyMap(value.AsObject.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, Masked(entry.Value))))),
        { Kind: PropertyValueKind.Array } => PropertyValue.FromArray(value.AsArray.Select(Masked)),
        _ => value,
    };
}
