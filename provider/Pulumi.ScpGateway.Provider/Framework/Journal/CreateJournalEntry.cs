using System.Globalization;
using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// A create in flight: which resource (URN) was creating which object. <see cref="Identity"/> holds
/// the plain (not secret) values of the inputs that identify the object (its name and the other
/// replace-on-change inputs, such as the parent API's id), so a later run adopts only that object.
/// </summary>
public sealed record CreateJournalEntry(string Urn, IReadOnlyDictionary<string, string> Identity, DateTimeOffset StartedAt)
{
    /// <summary>The entry for creating a <paramref name="declaration"/> with the checked <paramref name="inputs"/>.</summary>
    public static CreateJournalEntry For(ResourceDeclaration declaration, string urn, PropertyMap inputs, DateTimeOffset now)
    {
        var identity = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in declaration.Args.Inputs.Where(p => (p.Replace || p.Autoname != AutonameStyle.None) && !p.Secret))
        {
            if (inputs.TryGetValue(property.Name, out var value) && Plain(value) is { } text)
            {
                identity[property.Name] = text;
            }
        }
        return new CreateJournalEntry(urn, identity, now);
    }

    /// <summary>True when <paramref name="other"/> is a create of the same object by the same resource.</summary>
    public bool SameObjectAs(CreateJournalEntry other) =>
        Urn == other.Urn
        && Identity.Count == other.Identity.Count
        && Identity.All(entry => other.Identity.TryGetValue(entry.Key, out var value) && value == entry.Value);

    /// <summary>Strings, numbers and booleans as text; secrets, unknowns, lists and objects are left out.</summary>
    private static string? Plain(PropertyValue value) => value.ContainsSecrets() ? null : ObjectReader.Resolved(value) switch
    {
        { Kind: PropertyValueKind.String } plain => plain.AsString,
        { Kind: PropertyValueKind.Bool } plain => plain.AsBool ? "true" : "false",
        { Kind: PropertyValueKind.Number } plain => plain.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CreateJournalEntry))]
internal sealed partial class CreateJournalJson : JsonSerializerContext;
