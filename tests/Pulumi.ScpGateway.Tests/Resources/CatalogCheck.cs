using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Resources;

/// <summary>Check of the package's resources through the registry the plugin serves (no SCP needed).</summary>
public static class CatalogCheck
{
    private static readonly ResourceRegistry Registry = PackageCatalog.Create();

    /// <summary>Check as the engine sends it; <paramref name="olds"/> empty for a new resource.</summary>
    public static Task<CheckResult> CheckAsync(string type, PropertyMap news, PropertyMap? olds = null, string name = "edge", string seed = "seed") =>
        Registry.CheckAsync(
            new ResourceCheckRequest($"urn:pulumi:dev::proj::scpgateway:index:{type}::{name}", olds ?? PropertyMap.Empty, news)
            {
                RandomSeed = System.Text.Encoding.UTF8.GetBytes(seed),
            },
            CancellationToken.None);

    /// <summary>The reason of the one failure naming <paramref name="property"/>.</summary>
    public static string ReasonFor(CheckResult result, string property) =>
        Assert.Single(result.Failures, failure => failure.Property == property).Reason;

    public static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    public static PropertyValue List(params string[] items) => PropertyValue.FromArray(items.Select(PropertyValue.FromString));
}
