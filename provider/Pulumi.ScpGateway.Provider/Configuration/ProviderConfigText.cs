using Pulumi.ScpGateway.Framework;
using System.Globalization;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// Turns a known config property value into the text form settings resolution works on. The
/// engine sends config as strings ("3") or typed (3) depending on where it came from; both
/// are accepted.
/// </summary>
internal static class ProviderConfigText
{
    /// <summary>The text, or null for null/empty; a reason when the value has the wrong shape.</summary>
    public static string? ToText(ScpConfigKey key, PropertyValue value, out string? reason)
    {
        reason = null;
        value = value.UnwrapSecrets();
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                return null;
            case PropertyValueKind.String:
                return string.IsNullOrWhiteSpace(value.AsString) ? null : value.AsString.Trim();
            case PropertyValueKind.Number:
                return ExactNumber.TryToInt64(value.AsNumber, out var whole)
                    ? whole.ToString(CultureInfo.InvariantCulture)
                    : value.AsNumber.ToString("R", CultureInfo.InvariantCulture);
            case PropertyValueKind.Bool when key.Type == ScpConfigValueType.String:
                return value.AsBool ? "true" : "false";
            default:
                reason = key.Type == ScpConfigValueType.Integer ? "must be a whole number" : "must be a string";
                return null;
        }
    }

    /// <summary>The value in the form CheckConfig returns it: integers as numbers, the rest as strings.</summary>
    public static PropertyValue Normalized(ScpConfigKey key, string text) =>
        key.Type == ScpConfigValueType.Integer && ScpConfigRules.TryParseInteger(text, out var number)
            ? PropertyValue.FromNumber(number)
            : PropertyValue.FromString(text);
}
