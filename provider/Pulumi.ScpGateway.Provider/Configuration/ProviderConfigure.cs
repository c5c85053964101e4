using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.Http;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// Configure: turns the engine's config (typed <c>args</c> when sent, else the string
/// <c>variables</c>) into the bare-key string map the settings resolver takes, then resolves
/// settings. Invalid values and missing keys come back in the result, never as exceptions, so
/// the RPC layer only maps data to its error responses.
/// </summary>
public static class ProviderConfigure
{
    public const string VariablePrefix = PackageSchema.PackageName + ":config:";

    public static async Task<ProviderConfigureResult> ResolveAsync(
        PropertyMap? args,
        IReadOnlyDictionary<string, string> variables,
        ScpSettingsResolver resolver,
        CancellationToken cancellationToken)
    {
        var unknown = args is null ? [] : args.Where(pair => ScpConfigKeys.Find(pair.Key) is not null && pair.Value.ContainsUnknowns()).Select(pair => pair.Key).ToList();
        if (unknown.Count > 0)
        {
            return new ProviderConfigureResult { UnknownKeys = unknown };
        }
        var problems = new List<ProviderConfigFailure>();
        var config = args is null ? FromVariables(variables) : FromArgs(args, problems);
        try
        {
            var settings = await resolver.ResolveAsync(config, cancellationToken).ConfigureAwait(false);
            return problems.Count > 0 ? new ProviderConfigureResult { Problems = problems } : new ProviderConfigureResult { Settings = settings };
        }
        catch (ScpConfigException invalid)
        {
            var scrubber = new SecretScrubber(args is null ? [] : SecretTexts(args));
            problems.AddRange(invalid.Problems.Select(problem => new ProviderConfigFailure(problem.Key, scrubber.Scrub(problem.Reason))));
            return new ProviderConfigureResult { Problems = problems };
        }
        catch (ScpMissingConfigException missing) when (problems.Count == 0)
        {
            return new ProviderConfigureResult
            {
                MissingKeys = missing.MissingKeys.Select(key => new ProviderConfigMissingKey($"{PackageSchema.PackageName}:{key.Name}", ProviderConfigSchema.HowToSupply(key.Name, key.OtherWaysToSupply))).ToList(),
            };
        }
        catch (ScpMissingConfigException)
        {
            // A value of the wrong shape was left out, which can make its key look missing; the shape is the real problem.
            return new ProviderConfigureResult { Problems = problems };
        }
    }

    /// <summary>Config from <c>scpgateway:config:&lt;key&gt;</c> variables (already strings).</summary>
    public static IReadOnlyDictionary<string, string> FromVariables(IReadOnlyDictionary<string, string> variables) =>
        variables
            .Where(pair => pair.Key.StartsWith(VariablePrefix, StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key[VariablePrefix.Length..], pair => pair.Value, StringComparer.Ordinal);

    /// <summary>The text of every value given as a secret: settings resolution quotes values of keys that are not secret by nature.</summary>
    private static IEnumerable<string> SecretTexts(PropertyMap args) =>
        from pair in args
        where pair.Value.ContainsSecrets() && ScpConfigKeys.Find(pair.Key) is not null
        let text = ProviderConfigText.ToText(ScpConfigKeys.Find(pair.Key)!, pair.Value, out _)
        where text is not null
        select text;

    /// <summary>Config from typed args (secrets unwrapped); keys this provider does not know are ignored.</summary>
    private static Dictionary<string, string> FromArgs(PropertyMap args, List<ProviderConfigFailure> problems)
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in args)
        {
            if (ScpConfigKeys.Find(name) is not { } key)
            {
                continue;
            }
            var text = ProviderConfigText.ToText(key, value, out var reason);
            if (reason is not null)
            {
                problems.Add(new ProviderConfigFailure(name, reason));
            }
            else if (text is not null)
            {
                config[name] = text;
            }
        }
        return config;
    }
}
