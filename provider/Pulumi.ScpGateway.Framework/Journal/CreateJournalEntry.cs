using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A create in flight: which resource (URN) was creating which object. <see cref="Identity"/> holds
/// the values of the inputs that identify the object (its name and the other replace-on-change
/// inputs, such as the parent API's id), so a later run adopts only that object. A value the
/// program made secret is kept only as <see cref="SecretDigests"/>, enough to compare it.
/// </summary>
public sealed record CreateJournalEntry(string Urn, IReadOnlyDictionary<string, string> Identity, DateTimeOffset StartedAt)
{
    public IReadOnlyDictionary<string, string> SecretDigests { get; init; } = new Dictionary<string, string>();

    /// <summary>The entry for creating a <paramref name="declaration"/> with the checked <paramref name="inputs"/>.</summary>
    public static CreateJournalEntry For(ResourceDeclaration declaration, string urn, PropertyMap inputs, DateTimeOffset now)
    {
        var identity = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in declaration.Args.Inputs.Where(p => (p.Replace || p.Autoname != AutonameStyle.None) && !p.Secret))
        {
            if (inputs.TryGetValue(property.Name, out var value) && Plain(ObjectReader.Resolved(value)) is { } text)
            {
                (value.ContainsSecrets() ? digests : identity)[property.Name] = value.ContainsSecrets() ? Digest(urn, text) : text;
            }
        }
        return new CreateJournalEntry(urn, identity, now) { SecretDigests = digests };
    }

    /// <summary>True when <paramref name="other"/> is a create of the same object by the same resource.</summary>
    public bool SameObjectAs(CreateJournalEntry other) =>
        Urn == other.Urn && Same(Identity, other.Identity) && Same(SecretDigests, other.SecretDigests);

    private static bool Same(IReadOnlyDictionary<string, string> mine, IReadOnlyDictionary<string, string> theirs) =>
        mine.Count == theirs.Count && mine.All(entry => theirs.TryGetValue(entry.Key, out var value) && value == entry.Value);

    /// <summary>Strings, numbers and booleans as text; unknowns, lists and objects are left out.</summary>
    private static string? Plain(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => value.AsString,
        PropertyValueKind.Bool => value.AsBool ? "true" : "false",
        PropertyValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Digest(string urn, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{urn}\n{text}")));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CreateJournalEntry))]
internal sealed partial class CreateJournalJson : JsonSerializerContext;
