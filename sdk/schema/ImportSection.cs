using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Finds the <c>## Import</c> section the provider appends to every resource description (Framework/Schema/SchemaWriter.cs).</summary>
internal static partial class ImportSection
{
    /// <summary>The description without the section, and the section; the description itself and null when there is none.</summary>
    public static (string Overview, ImportSpec? Import) Split(string description, string token, string where)
    {
        var match = Pattern().Match(description);
        if (!match.Success)
        {
            return (description, null);
        }

        if (match.Groups["token"].Value != token)
        {
            throw new SchemaException($"{where}: the import command is for '{match.Groups["token"].Value}', not '{token}'");
        }

        var id = match.Groups["id"].Value;
        var parts = id.Split('/').Select(part => part.Trim('<', '>')).ToList();
        return (description[..match.Index].TrimEnd(), new ImportSpec(match.Groups["name"].Value, id, parts));
    }

    [GeneratedRegex(@"\n*## Import\n+```sh\n\$ pulumi import (?<token>\S+) (?<name>\S+) (?<id>\S+)\n```\n*$")]
    private static partial Regex Pattern();
}
