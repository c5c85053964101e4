using Pulumi.ScpGateway.Provider.Scp;
using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// Configure: turns the engine's config (typed <c>args</c> when sent, else the string
/// <c>variables</c>) into the bare-key string map the settings resolver takes, then resolves
/// settings. Invalid values surface as <see cref="ScpConfigException"/>.
/// </summary>
public static class ProviderConfigure
{
    public const string VariablePrefix = "scpgateway:config:";

    public static async Task<ProviderConfigureResult> ResolveAsync(
        PropertyMap? args,
        IReadOnlyDictionary<string, string> variables,
        ScpSettingsResolver resolver,
        CancellationToken cancellationToken)
    {
        var unknown = args is null ? [] : args.Where(pair => pair.Value.ContainsUnknowns()).Select(pair => pair.Key).ToList();
        if (unknown.Count > 0)
        {
            return new ProviderConfigureResult { UnknownKeys = unknown };
        }
        var config = args is null ? FromVariables(variables) : FromArgs(args);
        try
        {
            return new ProviderConfigureResult { Settings = await resolver.ResolveAsync(config, cancellationToken).ConfigureAwait(false) };
        }
        catch (ScpMissingConfigException missing)
        {
            return new ProviderConfigureResult
            {
                MissingKeys = missing.MissingKeys.Select(key => new ProviderConfigMissingKey($"scpgateway:{key.Name}", key.Description)).ToList(),
            };
        }
    }

    /// <summary>Config from typed args (secrets unwrapped); keys this provider does not know are ignored.</summary>
    public static IReadOnlyDictionary<string, string> FromArgs(PropertyMap args)
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<ScpConfigProblem>();
        foreach (var (name, value) in args)
        {
            if (ScpConfigKeys.Find(name) is not { } key)
            {
                continue;
            }
            var text = ProviderConfigText.ToText(key, value, out var reason);
            if (reason is not null)
            {
                problems.Add(new ScpConfigProblem(name, reason));
            }
            else if (text is not null)
            {
                config[name] = text;
            }
        }
        return problems.Count > 0 ? throw new ScpConfigException(problems) : config;
    }

    /// <summary>Config from <c>scpgateway:config:&lt;key&gt;</c> variables (already strings).</summary>
    public static IReadOnlyDictionary<string, string> FromVariables(IReadOnlyDictionary<string, string> variables) =>
        variables
            .Where(pair => pair.Key.StartsWith(VariablePrefix, StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key[VariablePrefix.Length..], pair => pair.Value, StringComparer.Ordinal);
}
