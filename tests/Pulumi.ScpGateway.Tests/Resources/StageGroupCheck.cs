using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Resources;

/// <summary>Check of the package's resources through the registry, as the RPC layer calls it (no configuration needed).</summary>
internal static class StageGroupCheck
{
    private static readonly ResourceRegistry Registry = PackageCatalog.Create();

    public static Task<CheckResult> CheckAsync(string type, PropertyMap news, PropertyMap? olds = null, string name = "main") =>
        Registry.CheckAsync(
            new ResourceCheckRequest($"urn:pulumi:dev::proj::scpgateway:index:{type}::{name}", olds ?? PropertyMap.Empty, news)
            {
                RandomSeed = System.Text.Encoding.UTF8.GetBytes("seed"),
            },
            CancellationToken.None);

    /// <summary>A map of the entries; a later entry for the same key replaces the earlier one (test overrides of a base map).</summary>
    public static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        entries.Aggregate(PropertyMap.Empty, (map, entry) => map.With(entry.Key, entry.Value));

    public static PropertyValue List(params string[] items) => PropertyValue.FromArray(items.Select(PropertyValue.FromString));

    public static string ReasonFor(CheckResult result, string property) =>
        Assert.Single(result.Failures, failure => failure.Property == property).Reason;
}
