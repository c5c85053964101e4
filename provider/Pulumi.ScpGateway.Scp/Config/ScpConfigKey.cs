namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// One provider config key: what it is, where else its value can come from, and what values
/// are valid. Declared once in <see cref="ScpConfigKeys"/>; check, resolution and schema all
/// read it from there.
/// </summary>
public sealed class ScpConfigKey
{
    public required string Name { get; init; }

    public required ScpConfigValueType Type { get; init; }

    /// <summary>What the key means, without where it can come from (see <see cref="Description"/>).</summary>
    public required string Summary { get; init; }

    public bool Secret { get; init; }

    /// <summary>True when a change means existing resources live elsewhere (region, environment).</summary>
    public bool ReplaceOnChange { get; init; }

    /// <summary>The value used when no source sets one, as text; null if there is none.</summary>
    public string? Default { get; init; }

    /// <summary>Environment variables that can supply the value; the first one set wins.</summary>
    public IReadOnlyList<string> EnvironmentVariables { get; init; } = [];

    public ScpConfFileKey? File { get; init; }

    /// <summary>Extra rule for a value of the right type: returns the reason it is invalid, or null.</summary>
    public Func<string, string?>? Rule { get; init; }

    /// <summary>The user-facing description: the summary and every other place the value can come from.</summary>
    public string Description
    {
        get
        {
            var sources = new List<string>();
            if (EnvironmentVariables.Count > 0)
            {
                sources.Add($"the {JoinOr(EnvironmentVariables)} environment variable");
            }
            if (File is not null)
            {
                sources.Add($"`{File.Key}` in ~/.scpconf/{File.FileName}");
            }
            var text = sources.Count > 0 ? $"{Summary} Can also be set with {JoinOr(sources)}." : Summary;
            return Default is null ? text : $"{text} Default: `{Default}`.";
        }
    }

    /// <summary>How to supply the value, for a missing-key error.</summary>
    public string HowToSet
    {
        get
        {
            var ways = new List<string> { $"run `pulumi config set {(Secret ? "--secret " : "")}scpgateway:{Name} <value>`" };
            if (EnvironmentVariables.Count > 0)
            {
                ways.Add($"set the {JoinOr(EnvironmentVariables)} environment variable");
            }
            if (File is not null)
            {
                ways.Add($"put {File}");
            }
            return $"{Summary} To supply it, {JoinOr(ways)}.";
        }
    }

    /// <summary>The reason a textual value is invalid for this key, or null when it is valid.</summary>
    public string? Validate(string value)
    {
        if (Type == ScpConfigValueType.Integer && !ScpConfigRules.TryParseInteger(value, out _))
        {
            return Secret ? "must be a whole number" : $"must be a whole number, not '{value}'";
        }
        return Rule?.Invoke(value);
    }

    public override string ToString() => Name;

    private static string JoinOr(IReadOnlyList<string> items) =>
        items.Count switch
        {
            <= 1 => string.Concat(items),
            2 => $"{items[0]} or {items[1]}",
            _ => $"{string.Join(", ", items.Take(items.Count - 1))}, or {items[^1]}",
        };
}
