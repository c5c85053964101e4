using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// The adopted objects as a Pulumi YAML program: one resource each with <c>options.import</c>, inputs
/// as Read gave them, references as <c>${name.output}</c>, and a comment for each input SCP cannot give
/// back. Secret values are never written.
/// </summary>
public static partial class YamlProgramWriter
{
    public static string Write(string project, IReadOnlyList<AdoptedResource> resources)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Written by `pulumi-resource-scpgateway adopt`: the first `pulumi up` imports every resource below\n");
        yaml.Append("# (options.import) and changes nothing. Once imported, the import options may be deleted.\n");
        yaml.Append(CultureInfo.InvariantCulture, $"name: {Scalar(project)}\nruntime: yaml\nresources:\n");
        foreach (var resource in resources)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  {resource.Name}:\n    type: {resource.Found.Token}\n    properties:\n");
            foreach (var (name, value) in resource.Inputs)
            {
                Property(yaml, "      ", name, value);
            }
            var ignored = new List<string>();
            foreach (var input in resource.NotReadable)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      # {input.Name}: {AdoptComments.NotReadable(input)}\n");
                if (input.Placeholder is { } placeholder)
                {
                    Property(yaml, "      ", input.Name, new AdoptValue.Literal(placeholder));
                    ignored.Add(input.Name);
                }
            }
            yaml.Append("    options:\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      import: {Scalar(resource.Found.ImportId)}\n");
            if (ignored.Count > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      ignoreChanges: [{string.Join(", ", ignored)}]\n");
            }
        }
        return yaml.ToString();
    }

    private static void Property(StringBuilder yaml, string indent, string name, AdoptValue value)
    {
        switch (value)
        {
            case AdoptValue.Reference reference:
                yaml.Append(CultureInfo.InvariantCulture, $"{indent}{name}: {Reference(reference)}\n");
                break;
            case AdoptValue.Items { Values: var items }:
                yaml.Append(CultureInfo.InvariantCulture, $"{indent}{name}:\n");
                foreach (var item in items)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"{indent}  - {(item is AdoptValue.Reference r ? Reference(r) : Literal(((AdoptValue.Literal)item).Value))}\n");
                }
                break;
            case AdoptValue.Literal { Value: var literal } when literal.ContainsSecrets():
                yaml.Append(CultureInfo.InvariantCulture, $"{indent}# {name}: {AdoptComments.Secret}\n");
                break;
            case AdoptValue.Literal { Value: { Kind: PropertyValueKind.Array } list } when list.AsArray.Length > 0:
                yaml.Append(CultureInfo.InvariantCulture, $"{indent}{name}:\n");
                foreach (var item in list.AsArray)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"{indent}  - {Literal(item)}\n");
                }
                break;
            case AdoptValue.Literal { Value: { Kind: PropertyValueKind.Object } map } when map.AsObject.Count > 0:
                yaml.Append(CultureInfo.InvariantCulture, $"{indent}{name}:\n");
                foreach (var (key, item) in map.AsObject)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"{indent}  {Scalar(key)}: {Literal(item)}\n");
                }
                break;
            case AdoptValue.Literal { Value: var literal }:
                yaml.Append(CultureInfo.InvariantCulture, $"{indent}{name}: {Literal(literal)}\n");
                break;
        }
    }

    private static string Reference(AdoptValue.Reference reference) => $"${{{reference.Resource}.{reference.Output}}}";

    private static string Literal(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => Scalar(value.AsString),
        PropertyValueKind.Bool => value.AsBool ? "true" : "false",
        PropertyValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        PropertyValueKind.Array => "[" + string.Join(", ", value.AsArray.Select(Literal)) + "]",
        PropertyValueKind.Object => "{" + string.Join(", ", value.AsObject.Select(pair => $"{Scalar(pair.Key)}: {Literal(pair.Value)}")) + "}",
        PropertyValueKind.Null => "null",
        _ => throw new InvalidOperationException($"adopt cannot write a {value.Kind} value"),
    };

    /// <summary>Plain when YAML reads it back as this same string, else double-quoted (with <c>$${</c> so Pulumi YAML does not interpolate).</summary>
    public static string Scalar(string text) =>
        PlainScalar().IsMatch(text) && !ReservedWord().IsMatch(text)
            ? text
            : Quoted(text).Replace("${", "$${", StringComparison.Ordinal);

    /// <summary>A double-quoted string, escaped as JSON escapes it (a subset of YAML's escapes).</summary>
    public static string Quoted(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    [GeneratedRegex(@"^[A-Za-z_/][A-Za-z0-9_./@+-]*$")]
    private static partial Regex PlainScalar();

    // Words YAML 1.1 or 1.2 reads as booleans or null.
    [GeneratedRegex("^(?i:y|n|yes|no|on|off|true|false|null)$")]
    private static partial Regex ReservedWord();
}
