using Pulumi.ScpGateway.Host;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// A stack's config for the scpgateway package, sent the way the engine sends it: CheckConfig with
/// the typed values, then Configure with both <c>variables</c> (<c>scpgateway:config:key</c>,
/// plain strings, secrets in the clear) and <c>args</c> (secrets wrapped).
/// </summary>
public sealed class ProviderConfig
{
    private readonly Dictionary<string, PropertyValue> values = new(StringComparer.Ordinal);

    public ProviderConfig Set(string key, PropertyValue value)
    {
        values[key] = value;
        return this;
    }

    public ProviderConfig SetSecret(string key, string value) => Set(key, PropertyValue.MakeSecret(value));

    public PropertyMap ToPropertyMap() => new(values);

    /// <summary>The config as a stack's state recorded it (after CheckConfig).</summary>
    public static ProviderConfig From(PropertyMap recorded)
    {
        var config = new ProviderConfig();
        foreach (var (key, value) in recorded)
        {
            config.Set(key, value);
        }

        return config;
    }

    public CheckRequest CheckRequest(string urn) => new()
    {
        Urn = urn,
        Olds = new Struct(),
        News = StructConverter.ToStruct(ToPropertyMap()),
    };

    public ConfigureRequest ConfigureRequest(PropertyMap checkedInputs, string urn)
    {
        var request = new ConfigureRequest
        {
            Args = StructConverter.ToStruct(checkedInputs),
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Urn = urn,
        };
        foreach (var (key, value) in checkedInputs)
        {
            if (VariableText(value.Unsecret()) is { } text)
            {
                request.Variables[$"scpgateway:config:{key}"] = text;
            }
        }
        return request;
    }

    private static string? VariableText(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => value.AsString,
        PropertyValueKind.Bool => value.AsBool ? "true" : "false",
        PropertyValueKind.Number => value.AsNumber.ToString(CultureInfo.InvariantCulture),
        PropertyValueKind.Null or PropertyValueKind.Computed => null,
        _ => throw new ArgumentException($"scpgateway config values are scalars, not {value.Kind}"),
    };
}
