using Pulumi.ScpGateway.Framework;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// The package schema's <c>config.variables</c> and the provider's <c>inputProperties</c>
/// (the same shape), generated from <see cref="ScpConfigKeys"/>.
/// </summary>
/// <remarks>
/// A key that ~/.scpconf can supply (region) gets no schema <c>default</c>: SDKs would send
/// the default explicitly, and an explicit value beats the file. Its description still
/// states the default, which the provider applies itself.
/// </remarks>
public static class ProviderConfigSchema
{
    public static JsonObject Variables()
    {
        var variables = new JsonObject();
        foreach (var key in ScpConfigKeys.All)
        {
            variables[key.Name] = Property(key);
        }
        return variables;
    }

    public static JsonObject InputProperties() => Variables();

    private static JsonObject Property(ScpConfigKey key)
    {
        var property = new JsonObject
        {
            ["type"] = key.Type == ScpConfigValueType.Integer ? "integer" : "string",
            ["description"] = key.Description,
        };
        if (key.Secret)
        {
            property["secret"] = true;
        }
        if (key.Default is not null && key.File is null)
        {
            property["default"] = key.Type == ScpConfigValueType.Integer ? JsonValue.Create(int.Parse(key.Default, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(key.Default);
        }
        if (key.EnvironmentVariables.Count > 0)
        {
            property["defaultInfo"] = new JsonObject
            {
                ["environment"] = new JsonArray([.. key.EnvironmentVariables.Select(name => (JsonNode)JsonValue.Create(name))]),
            };
        }
        return property;
    }
}
