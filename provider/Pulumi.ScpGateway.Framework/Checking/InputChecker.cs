using System.Collections.Frozen;
using System.Globalization;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The generic Check: applies defaults and autonaming, normalises (declared case, sorted sets),
/// and reports a failure per property for unknown names, missing required inputs, wrong types
/// and broken rules, then runs the record's <see cref="ICrossPropertyRules"/> if it has them.
/// Unknown values pass unchecked; secrets stay wrapped.
/// </summary>
public sealed class InputChecker
{
    private readonly List<CheckFailure> _failures = [];
    private readonly IReadOnlySet<string> _outputNames;
    private bool _applyDefaults = true;

    private InputChecker(IReadOnlySet<string> outputNames) => _outputNames = outputNames;

    /// <param name="olds">The previous inputs; empty for a resource that does not exist yet.</param>
    /// <param name="naming">How to propose names; null where nothing is autonamed (function arguments).</param>
    /// <param name="outputNames">Output-only property names, refused with a clearer message than unknown names.</param>
    /// <param name="applyDefaults">
    /// False where an absent value may still come from elsewhere (a provider's config: the
    /// environment), so that a default written into the inputs would not override it.
    /// </param>
    public static CheckResult Check(ObjectShape shape, PropertyMap olds, PropertyMap news, AutonameContext? naming, IReadOnlySet<string>? outputNames = null, bool applyDefaults = true)
    {
        var checker = new InputChecker(outputNames ?? FrozenSet<string>.Empty) { _applyDefaults = applyDefaults };
        var inputs = checker.CheckObject(shape, news, "", olds, naming);
        if (checker._failures.Count == 0 && typeof(ICrossPropertyRules).IsAssignableFrom(shape.ClrType))
        {
            var unknown = new UnknownInputs(inputs.Where(entry => entry.Value.ContainsUnknowns()).Select(entry => entry.Key));
            checker._failures.AddRange(((ICrossPropertyRules)ObjectReader.Read(shape, inputs, "")).Check(unknown));
        }
        return new CheckResult(inputs, checker._failures);
    }

    private PropertyMap CheckObject(ObjectShape shape, PropertyMap map, string path, PropertyMap? olds, AutonameContext? naming)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, value) in map)
        {
            var declared = shape.Find(name);
            if (declared is null || declared.IsOutputOnly)
            {
                var isOutput = declared is not null || (path.Length == 0 && _outputNames.Contains(name));
                Fail(PropertyPath.Property(path, name), isOutput
                    ? "is an output and cannot be set"
                    : $"is not a property of {shape.TypeName}; its inputs are {string.Join(", ", shape.Inputs.Select(input => input.Name))}");
                entries.Add(new(name, value));
            }
        }
        foreach (var property in shape.Inputs)
        {
            var propertyPath = PropertyPath.Property(path, property.Name);
            var value = map.TryGetValue(property.Name, out var given) && !given.IsNull
                ? CheckValue(property.Type, property, property.Rules, given, propertyPath, secret: false)
                : Missing(property, propertyPath, shape, map, olds, naming);
            if (value is not null)
            {
                // A declared secret stays secret from here on, even if the program gave it in the clear.
                entries.Add(new(property.Name, property.Secret && !value.IsComputed ? PropertyValue.MakeSecret(value) : value));
            }
        }
        return new PropertyMap(entries);
    }

    /// <summary>The value an absent input gets (default, proposed name), or null after reporting it as required.</summary>
    private PropertyValue? Missing(
        PropertyDeclaration property,
        string path,
        ObjectShape shape,
        PropertyMap news,
        PropertyMap? olds,
        AutonameContext? naming)
    {
        if (property.Default is { } defaultValue)
        {
            return _applyDefaults ? defaultValue : null;
        }
        if (property.Autoname != AutonameStyle.None && naming is not null && olds is not null)
        {
            return Autoname(property, path, SuffixFlag(property, shape, news), olds, naming);
        }
        var exists = olds is { Count: > 0 };
        if (property.RequiredInput && !(property.NotReadable && exists))
        {
            Fail(path, "is required");
        }
        return null;
    }

    private PropertyValue? Autoname(
        PropertyDeclaration property,
        string path,
        PropertyValue? suffixFlag,
        PropertyMap olds,
        AutonameContext naming)
    {
        if (suffixFlag is { IsComputed: true })
        {
            return PropertyValue.Unknown;
        }
        var suffix = suffixFlag is { Kind: PropertyValueKind.Bool, AsBool: true } ? property.AutonameSuffix!.Suffix : "";
        var mode = naming.Request?.Mode;
        if (mode == AutonamingMode.Disable)
        {
            Fail(path, "is required: autonaming is disabled for this resource");
            return null;
        }
        if (mode != AutonamingMode.Enforce
            && olds.TryGetValue(property.Name, out var old)
            && ObjectReader.Resolved(old) is { Kind: PropertyValueKind.String } oldName
            && KeepsSuffix(oldName.AsString, property.AutonameSuffix, suffix))
        {
            // An update without a name keeps the name it has; proposing a new one would replace it.
            return old;
        }
        if (mode != AutonamingMode.Enforce
            && olds.Count == 0
            && naming.Unfinished is { } unfinished
            && unfinished.TryGetValue(property.Name, out var earlier)
            && KeepsSuffix(earlier, property.AutonameSuffix, suffix))
        {
            // A killed plugin's create may have made the object under this name: the create looks for it.
            return CheckValue(property.Type, property, property.Rules, earlier, path, secret: false);
        }
        if (naming.Request is { } request)
        {
            var proposed = mode == AutonamingMode.Propose && !request.ProposedName.EndsWith(suffix, StringComparison.Ordinal)
                ? request.ProposedName + suffix
                : request.ProposedName;
            return CheckValue(property.Type, property, property.Rules, proposed, path, secret: false);
        }
        return AutonameProposal.Propose(naming.LogicalName, property.Autoname, property.MaxLength, suffix, naming.RandomSeed.Span);
    }

    /// <summary>The boolean input that asks for a name suffix, as given or defaulted; null when there is none.</summary>
    private static PropertyValue? SuffixFlag(PropertyDeclaration property, ObjectShape shape, PropertyMap news)
    {
        if (property.AutonameSuffix is not { } rule)
        {
            return null;
        }
        return news.TryGetValue(rule.WhenTrue, out var given) && !given.IsNull
            ? ObjectReader.Resolved(given)
            : shape.Find(rule.WhenTrue)?.Default;
    }

    private static bool KeepsSuffix(string oldName, AutonameSuffixAttribute? rule, string suffix) =>
        rule is null || oldName.EndsWith(rule.Suffix, StringComparison.Ordinal) == (suffix.Length > 0);

    private PropertyValue CheckValue(
        PropertyType type,
        PropertyDeclaration property,
        IReadOnlyList<PropertyRuleAttribute> rules,
        PropertyValue value,
        string path,
        bool secret)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Secret:
                return PropertyValue.MakeSecret(CheckValue(type, property, rules, value.SecretValue, path, secret: true));
            case PropertyValueKind.Output:
                var output = value.AsOutput;
                if (output.Value is null)
                {
                    return value;
                }
                var inner = CheckValue(type, property, rules, output.Value, path, secret || output.IsSecret);
                return output.IsSecret ? PropertyValue.MakeSecret(inner) : inner;
            case PropertyValueKind.Computed:
            case PropertyValueKind.Null:
                return value;
        }
        var expected = type.Kind switch
        {
            PropertyKind.String => PropertyValueKind.String,
            PropertyKind.Bool => PropertyValueKind.Bool,
            PropertyKind.Array => PropertyValueKind.Array,
            PropertyKind.Map or PropertyKind.Object => PropertyValueKind.Object,
            _ => PropertyValueKind.Number,
        };
        if (value.Kind != expected)
        {
            Fail(path, $"must be {type.Described}, not {Describe(value)}{QuotesHint(expected, value, secret)}");
            return value;
        }
        switch (type.Kind)
        {
            case PropertyKind.Array:
                var list = CheckItems(type, property, rules, value.AsArray, path, secret);
                return property.IsSet && ReferenceEquals(type, property.Type) ? SetValues.Normalize(list) : list;
            case PropertyKind.Map:
                return CheckEntries(type, property, rules, value.AsObject, path, secret);
            case PropertyKind.Object:
                return PropertyValue.FromObject(CheckObject(type.Shape, value.AsObject, path, olds: null, naming: null));
            case PropertyKind.Integer when !ExactNumber.TryToInt32(value.AsNumber, out _):
            case PropertyKind.Long when !ExactNumber.TryToInt64(value.AsNumber, out _):
                Fail(path, $"must be a whole number{Shown(value, secret, prefix: ", got ")}");
                return value;
        }
        return CheckScalar(rules, value, path, secret);
    }

    // Lists and maps in methods of their own: their lambdas would otherwise make every CheckValue,
    // scalars included, allocate what they capture.
    private PropertyValue CheckItems(PropertyType type, PropertyDeclaration property, IReadOnlyList<PropertyRuleAttribute> rules, IEnumerable<PropertyValue> items, string path, bool secret) =>
        PropertyValue.FromArray(items.Select((item, i) => CheckElement(type, property, rules, item, PropertyPath.Index(path, i), secret)));

    private PropertyValue CheckEntries(PropertyType type, PropertyDeclaration property, IReadOnlyList<PropertyRuleAttribute> rules, PropertyMap entries, string path, bool secret) =>
        PropertyValue.FromObject(new PropertyMap(entries.Select(entry => new KeyValuePair<string, PropertyValue>(
            entry.Key, CheckElement(type, property, rules, entry.Value, PropertyPath.Property(path, entry.Key), secret)))));

    /// <summary>A list or map element, unlike a property, cannot be left out by being null.</summary>
    private PropertyValue CheckElement(PropertyType type, PropertyDeclaration property, IReadOnlyList<PropertyRuleAttribute> rules, PropertyValue item, string itemPath, bool secret)
    {
        if (ObjectReader.Resolved(item).IsNull)
        {
            Fail(itemPath, $"must be {type.Element!.Described}, not null");
            return item;
        }
        return CheckValue(type.Element!, property, rules, item, itemPath, secret);
    }

    private PropertyValue CheckScalar(IReadOnlyList<PropertyRuleAttribute> rules, PropertyValue value, string path, bool secret)
    {
        // Failures quote the value as the program wrote it, not as a rule normalised it ('regional', not 'REGIONAL').
        var written = value;
        foreach (var rule in rules)
        {
            value = rule.Normalize(value);
        }
        foreach (var rule in rules)
        {
            if (rule.Problem(value) is { } problem)
            {
                Fail(path, rule.Message is { } message
                    ? message.Replace("{value}", secret ? "[secret]" : Raw(written), StringComparison.Ordinal)
                    : problem + Shown(written, secret, prefix: ", got "));
            }
        }
        return value;
    }

    /// <summary>
    /// A number or boolean written in quotes (<c>limit: "1000"</c>) is refused rather than converted,
    /// so that a program means the same to Check as to the typed SDKs; the failure says to drop the quotes.
    /// </summary>
    private static string QuotesHint(PropertyValueKind expected, PropertyValue value, bool secret)
    {
        if (value.Kind != PropertyValueKind.String)
        {
            return "";
        }
        var text = value.AsString.Trim();
        var parses = expected switch
        {
            PropertyValueKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            PropertyValueKind.Bool => text is "true" or "false",
            _ => false,
        };
        if (!parses)
        {
            return "";
        }
        return secret ? ": remove the quotes around the value" : $": remove the quotes, write {EchoedValue.Of(text)} instead of \"{EchoedValue.Of(value.AsString)}\"";
    }

    /// <summary>", got 'value'" for a failure text, or nothing for a secret.</summary>
    private static string Shown(PropertyValue value, bool secret, string prefix) =>
        secret ? "" : prefix + (value.Kind == PropertyValueKind.String ? $"'{Raw(value)}'" : Raw(value));

    private static string Raw(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => EchoedValue.Of(value.AsString),
        PropertyValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => "a string",
        PropertyValueKind.Bool => "a boolean",
        PropertyValueKind.Number => "a number",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        PropertyValueKind.ResourceReference => "a resource reference",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };

    private void Fail(string path, string reason) => _failures.Add(new CheckFailure(path, reason));
}
