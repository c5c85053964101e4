using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Config;

internal static class ConfigMaps
{
    public static PropertyMap Of(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));
}
