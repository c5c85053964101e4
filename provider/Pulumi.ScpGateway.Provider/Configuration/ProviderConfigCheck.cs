using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.Http;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// CheckConfig: validates each provider config input on its own and normalises it (integers as
/// numbers, credentials always secret). Unknown inputs are passed through unchecked. The
/// region/environment pair is not checked here, because environment variables or
/// ~/.scpconf may still supply the other half; Configure checks it.
/// </summary>
public static class ProviderConfigCheck
{
    /// <summary>Inputs the engine itself adds to every provider's config.</summary>
    private static readonly HashSet<string> EngineKeys = new(StringComparer.Ordinal) { "version", "pluginDownloadURL" };

    public static ProviderConfigCheckResult Check(PropertyMap news)
    {
        var inputs = new List<KeyValuePair<string, PropertyValue>>(news.Count);
        var failures = new List<ProviderConfigFailure>();
        foreach (var (name, value) in news)
        {
            inputs.Add(new(name, CheckOne(name, value, failures)));
        }
        return new ProviderConfigCheckResult(new PropertyMap(inputs), failures);
    }

    private static PropertyValue CheckOne(string name, PropertyValue value, List<ProviderConfigFailure> failures)
    {
        if (EngineKeys.Contains(name))
        {
            return value;
        }
        var key = ScpConfigKeys.Find(name);
        if (key is null)
        {
            failures.Add(new(name, $"unknown configuration key '{name}'; valid keys are {string.Join(", ", ScpConfigKeys.All)}"));
            return value;
        }
        if (value.ContainsUnknowns())
        {
            return value;
        }
        var text = ProviderConfigText.ToText(key, value, out var shapeProblem);
        var reason = shapeProblem ?? (text is null ? null : key.Validate(text));
        if (reason is not null)
        {
            // Rules quote the values of keys that are not secret by nature; a user may still have made one secret.
            var shown = value.ContainsSecrets() && text is not null ? new SecretScrubber([text]).Scrub(reason) : reason;
            failures.Add(new(name, $"{name} {shown}"));
            return value;
        }
        if (text is null)
        {
            return value;
        }
        var normalized = ProviderConfigText.Normalized(key, text);
        return key.Secret || value.ContainsSecrets() ? PropertyValue.MakeSecret(normalized) : normalized;
    }
}
