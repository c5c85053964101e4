using System.Globalization;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// The stack's config split the engine's way: <c>scpgateway:*</c> keys for the provider, the rest
/// (bare or <c>project:</c>-prefixed) typed by the program's <c>config:</c> block with its defaults.
/// </summary>
public sealed class StackConfig
{
    private const string ProviderPrefix = "scpgateway:";

    private StackConfig(PropertyMap program, ProviderConfig provider)
    {
        Program = program;
        Provider = provider;
    }

    /// <summary>Program config by bare key; secrets wrapped.</summary>
    public PropertyMap Program { get; }

    public ProviderConfig Provider { get; }

    public static StackConfig Resolve(YamlProgram program, IReadOnlyDictionary<string, string> given, IReadOnlySet<string> secretKeys)
    {
        var provider = new ProviderConfig();
        var raw = new Dictionary<string, (string Text, bool Secret)>(StringComparer.Ordinal);
        foreach (var (key, text) in given)
        {
            var secret = secretKeys.Contains(key);
            if (key.StartsWith(ProviderPrefix, StringComparison.Ordinal))
            {
                var bare = key[ProviderPrefix.Length..];
                provider.Set(bare, secret ? PropertyValue.MakeSecret(text) : PropertyValue.FromString(text));
            }
            else
            {
                raw[key.StartsWith(program.Name + ":", StringComparison.Ordinal) ? key[(program.Name.Length + 1)..] : key] = (text, secret);
            }
        }

        var values = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var declaration in program.Config)
        {
            PropertyValue value;
            var secret = declaration.Secret;
            if (raw.Remove(declaration.Key, out var entry))
            {
                value = Typed(declaration, entry.Text);
                secret |= entry.Secret;
            }
            else
            {
                value = declaration.Default ?? throw new ProgramException(
                    $"Missing required configuration variable '{program.Name}:{declaration.Key}': set it with --config {declaration.Key}=<value>");
            }

            values.Add(new(declaration.Key, secret ? PropertyValue.MakeSecret(value) : value));
        }

        // Undeclared keys are still readable as strings, as in Pulumi YAML.
        values.AddRange(raw.Select(entry => new KeyValuePair<string, PropertyValue>(
            entry.Key, entry.Value.Secret ? PropertyValue.MakeSecret(entry.Value.Text) : PropertyValue.FromString(entry.Value.Text))));
        return new StackConfig(new PropertyMap(values), provider);
    }

    private static PropertyValue Typed(ConfigDeclaration declaration, string text) => declaration.Type switch
    {
        "integer" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? PropertyValue.FromNumber(whole) : throw Invalid(declaration, "an integer"),
        "number" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? PropertyValue.FromNumber(number) : throw Invalid(declaration, "a number"),
        "boolean" => bool.TryParse(text, out var flag) ? PropertyValue.FromBool(flag) : throw Invalid(declaration, "true or false"),
        _ => PropertyValue.FromString(text),
    };

    private static ProgramException Invalid(ConfigDeclaration declaration, string expected) =>
        new($"config.{declaration.Key}: the value must be {expected}");
}
