namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// One SCP setting: where its value can come from besides the caller's own config (environment
/// variables, ~/.scpconf), its default and what values are valid. Declared once in
/// <see cref="ScpConfigKeys"/>, which settings resolution reads.
/// </summary>
public sealed class ScpConfigKey
{
    public required string Name { get; init; }

    public required ScpConfigValueType Type { get; init; }

    /// <summary>A credential: its value is never quoted.</summary>
    public bool Secret { get; init; }

    /// <summary>The value used when no source sets one, as text; null if there is none.</summary>
    public string? Default { get; init; }

    /// <summary>Environment variables that can supply the value; the first one set wins.</summary>
    public IReadOnlyList<string> EnvironmentVariables { get; init; } = [];

    public ScpConfFileKey? File { get; init; }

    /// <summary>Extra rule for a value of the right type: returns the reason it is invalid, or null.</summary>
    public Func<string, string?>? Rule { get; init; }

    /// <summary>The other ways to supply the value, e.g. "set the SCP_REGION environment variable".</summary>
    public IReadOnlyList<string> OtherWaysToSupply
    {
        get
        {
            var ways = new List<string>();
            if (EnvironmentVariables.Count > 0)
            {
                ways.Add($"set the {JoinOr(EnvironmentVariables)} environment variable");
            }
            if (File is not null)
            {
                ways.Add($"put {File}");
            }
            return ways;
        }
    }

    /// <summary>Where else the value can come from, as a sentence; empty when nowhere.</summary>
    public string OtherSources
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
            return sources.Count > 0 ? $"Can also be set with {JoinOr(sources)}." : "";
        }
    }

    /// <summary>The reason a textual value is invalid for this key, or null when it is valid.</summary>
    public string? Validate(string value)
    {
        if (Type == ScpConfigValueType.Integer && !ScpConfigRules.TryParseInteger(value, out _))
        {
            return Secret ? "must be a whole number" : $"must be a whole number, not '{value}'";
        }
        return Rule?.Invoke(value) is not { } reason ? null : Secret ? reason : $"{reason}, not '{value}'";
    }

    public override string ToString() => Name;

    public static string JoinOr(IReadOnlyList<string> items) =>
        items.Count switch
        {
            <= 1 => string.Concat(items),
            2 => $"{items[0]} or {items[1]}",
            _ => $"{string.Join(", ", items.Take(items.Count - 1))}, or {items[^1]}",
        };
}
