using System.Globalization;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// The package schema's <c>config.variables</c> and the provider's <c>inputProperties</c> (the
/// same shape): the declared <see cref="ScpGatewayConfig"/>, each described with where else its
/// value can come from.
/// </summary>
/// <remarks>
/// A key that ~/.scpconf can supply (region) gets no schema <c>default</c>: SDKs would send
/// the default explicitly, and an explicit value beats the file. Its description still
/// states the default, which the provider applies itself.
/// </remarks>
public static class ProviderConfigSchema
{
    public static readonly ProviderConfig<ScpGatewayConfig> Declared = new();

    public static JsonObject Variables()
    {
        var variables = Declared.SchemaVariables();
        foreach (var (name, node) in variables)
        {
            var spec = node!.AsObject();
            var key = ScpConfigKeys.Get(name);
            spec["description"] = Describe(Declared.Shape.Find(name)!.Description, key);
            if (key.File is not null)
            {
                spec.Remove("default");
            }
            if (key.EnvironmentVariables.Count > 0)
            {
                spec["defaultInfo"] = new JsonObject
                {
                    ["environment"] = new JsonArray([.. key.EnvironmentVariables.Select(variable => (JsonNode)JsonValue.Create(variable))]),
                };
            }
        }
        return variables;
    }

    public static JsonObject InputProperties() => Variables();

    /// <summary>What a missing key means and every way to supply it, for ConfigureErrorMissingKeys.</summary>
    public static string HowToSupply(string name, IReadOnlyList<string> otherWays)
    {
        var property = Declared.Shape.Find(name)!;
        List<string> ways = [$"run `pulumi config set {(property.Secret ? "--secret " : "")}{PackageSchema.PackageName}:{name} <value>`", .. otherWays];
        return $"{property.Description} To supply it, {ScpConfigKey.JoinOr(ways)}.";
    }

    private static string Describe(string summary, ScpConfigKey key)
    {
        var text = key.OtherSources.Length > 0 ? $"{summary} {key.OtherSources}" : summary;
        return key.Default is null ? text : string.Create(CultureInfo.InvariantCulture, $"{text} Default: `{key.Default}`.");
    }
}
