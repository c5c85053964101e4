using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Framework;

/// <summary>A configured registry of the test resources, and shorthands for building maps.</summary>
public sealed class TestRegistry
{
    public const string GatewayToken = "scpgateway:index:Gateway";
    public const string RouteToken = "scpgateway:index:Route";
    public const string TubeToken = "scpgateway:index:Tube";

    public TestRegistry()
    {
        Registry = new ResourceRegistry()
            .AddResource(services => new GatewayResource(services.Get<GatewayStore>()))
            .AddResource(_ => new RouteResource())
            .AddResource(_ => new TubeResource())
            .AddFunction(services => new GetGatewayFunction(services.Get<GatewayStore>()));
        Registry.Configure(ProviderServices.None.With(Store));
    }

    public GatewayStore Store { get; } = new();

    public ResourceRegistry Registry { get; }

    public static string Urn(string token, string name) => $"urn:pulumi:dev::proj::{token}::{name}";

    public static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    public static PropertyValue List(params string[] items) => PropertyValue.FromArray(items.Select(PropertyValue.FromString));

    public static PropertyValue Object(params (string Key, PropertyValue Value)[] entries) => PropertyValue.FromObject(Map(entries));

    public Task<CheckResult> CheckAsync(string token, PropertyMap olds, PropertyMap news, string seed = "seed", Autonaming? autonaming = null, string name = "my-gw") =>
        Registry.CheckAsync(
            new ResourceCheckRequest(Urn(token, name), olds, news) { RandomSeed = System.Text.Encoding.UTF8.GetBytes(seed), Autonaming = autonaming },
            CancellationToken.None);

    public Task<DiffResult> DiffAsync(string token, PropertyMap olds, PropertyMap news, PropertyMap? oldInputs = null, params string[] ignoreChanges) =>
        Registry.DiffAsync(
            new ResourceDiffRequest("id-1", Urn(token, "my-gw"), olds, news) { OldInputs = oldInputs, IgnoreChanges = ignoreChanges },
            CancellationToken.None);
}
