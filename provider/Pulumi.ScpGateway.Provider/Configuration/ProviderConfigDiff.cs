using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Configuration;

/// <summary>
/// DiffConfig: compares old and new provider config inputs key by key. A key that is absent
/// counts as its default, so setting a key to its default is no change. Region and
/// environment changes replace resources (they live somewhere else); every other change
/// (credentials, endpoints, versions, retries) is an in-place update.
/// </summary>
public static class ProviderConfigDiff
{
    public static ProviderConfigDiffResult Diff(PropertyMap olds, PropertyMap news)
    {
        var diff = new Dictionary<string, PropertyDiffKind>(StringComparer.Ordinal);
        foreach (var key in ScpConfigKeys.All)
        {
            var oldValue = Effective(key, olds);
            var newValue = Effective(key, news);
            if (oldValue.Equals(newValue) && !newValue.ContainsUnknowns())
            {
                continue;
            }
            var kind = (Given(key, olds), Given(key, news)) switch
            {
                (false, true) => PropertyDiffKind.Add,
                (true, false) => PropertyDiffKind.Delete,
                _ => PropertyDiffKind.Update,
            };
            // Each *Replace kind follows its plain kind in the protocol's numbering.
            diff[key.Name] = key.ReplaceOnChange ? kind + 1 : kind;
        }
        return new ProviderConfigDiffResult(diff);
    }

    private static bool Given(ScpConfigKey key, PropertyMap map) =>
        map.TryGetValue(key.Name, out var value) && (value.ContainsUnknowns() || ProviderConfigText.ToText(key, value, out _) is not null);

    /// <summary>The value in comparable form: normalised ("3", 3 and "3.0" alike), the default when absent, or unknown.</summary>
    private static PropertyValue Effective(ScpConfigKey key, PropertyMap map)
    {
        string? text;
        if (!map.TryGetValue(key.Name, out var value))
        {
            text = key.Default;
        }
        else if (value.ContainsUnknowns())
        {
            return PropertyValue.Unknown;
        }
        else
        {
            text = ProviderConfigText.ToText(key, value, out _) ?? key.Default;
        }
        return text is null ? PropertyValue.Null : ProviderConfigText.Normalized(key, text);
    }
}
