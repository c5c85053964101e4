using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A provider's own configuration declared as a record, like a resource's Args (<see cref="InputAttribute"/>
/// with Replace for keys whose change moves the resources elsewhere, <see cref="SecretAttribute"/>,
/// <see cref="DefaultAttribute"/>, rules). CheckConfig, DiffConfig and the schema's config section
/// come from that declaration through the same checker, differ and schema writer as resources.
/// </summary>
/// <remarks>
/// Config differs from resource inputs in two ways: values set with <c>pulumi config set</c>
/// arrive as text ("3" for a number), and an absent key may still be supplied from elsewhere
/// (the environment), so Check does not write defaults into the inputs; Diff counts an absent
/// key as its default.
/// </remarks>
public sealed class ProviderConfig<[DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] TConfig>
    where TConfig : class
{
    /// <summary>Keys the engine itself adds to every provider's config; they pass unchecked.</summary>
    private static readonly HashSet<string> EngineKeys = new(StringComparer.Ordinal) { "version", "pluginDownloadURL" };

    public ObjectShape Shape { get; } = ObjectShape.Of<TConfig>();

    public ProviderConfigCheckResult Check(PropertyMap news)
    {
        var failures = new List<ProviderConfigFailure>();
        var declared = new List<KeyValuePair<string, PropertyValue>>();
        var passed = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, value) in news)
        {
            if (EngineKeys.Contains(name))
            {
                passed.Add(new(name, value));
            }
            else if (Shape.Find(name) is { IsInput: true } property)
            {
                declared.Add(new(name, Typed(property, value)));
            }
            else
            {
                failures.Add(new(name, $"unknown configuration key '{name}'; valid keys are {string.Join(", ", Shape.Inputs.Select(input => input.Name))}"));
                passed.Add(new(name, value));
            }
        }
        var check = InputChecker.Check(Shape, PropertyMap.Empty, new PropertyMap(declared), naming: null, applyDefaults: false);
        failures.AddRange(check.Failures.Select(failure => new ProviderConfigFailure(failure.Property, $"{failure.Property} {failure.Reason}")));
        return new ProviderConfigCheckResult(new PropertyMap([.. check.Inputs, .. passed]), failures);
    }

    /// <summary>Key by key; an absent or empty key counts as its default, and "3" equals 3.</summary>
    public ProviderConfigDiffResult Diff(PropertyMap olds, PropertyMap news) =>
        new(InputDiffer.Diff(Shape, Typed(olds), oldInputs: null, Typed(news), ignoreChanges: []).DetailedDiff);

    /// <summary>The schema's <c>config.variables</c>, which are also the provider's <c>inputProperties</c>.</summary>
    public JsonObject SchemaVariables() => new SchemaWriter().ConfigVariables(Shape);

    private PropertyMap Typed(PropertyMap values) =>
        new(values.Select(entry => Shape.Find(entry.Key) is { IsInput: true } property
            ? new KeyValuePair<string, PropertyValue>(entry.Key, Typed(property, entry.Value))
            : entry));

    /// <summary>
    /// A value in its declared type where it came as text: "3" for a number, "true" for a
    /// boolean; surrounding blanks dropped and blank text as absent. Secrets stay wrapped.
    /// </summary>
    private static PropertyValue Typed(PropertyDeclaration property, PropertyValue value)
    {
        if (value.Kind == PropertyValueKind.Secret)
        {
            return PropertyValue.MakeSecret(Typed(property, value.SecretValue));
        }
        if (value.Kind != PropertyValueKind.String)
        {
            return value;
        }
        var text = value.AsString.Trim();
        if (text.Length == 0)
        {
            return PropertyValue.Null;
        }
        return property.Type.Kind switch
        {
            PropertyKind.Integer or PropertyKind.Long or PropertyKind.Number
                when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => PropertyValue.FromNumber(number),
            PropertyKind.Bool when bool.TryParse(text, out var flag) => PropertyValue.FromBool(flag),
            _ => PropertyValue.FromString(text),
        };
    }
}
