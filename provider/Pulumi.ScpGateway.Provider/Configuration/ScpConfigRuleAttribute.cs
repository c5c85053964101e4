using System.Globalization;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// The rule the SCP client applies to a setting from any source (<see cref="ScpConfigKey.Rule"/>),
/// applied by CheckConfig too, so that each rule is written once.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ScpConfigRuleAttribute(string key) : PropertyRuleAttribute
{
    private readonly ScpConfigKey _key = ScpConfigKeys.Get(key);

    protected override string? Problem(PropertyValue value) => _key.Rule?.Invoke(value.Kind switch
    {
        PropertyValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        PropertyValueKind.String => value.AsString,
        _ => value.ToString(),
    });
}
