using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>
/// What the API Gateway child resources' tests need around them, made directly through SCP (the
/// Api resource is tested on its own), and the shorthands those tests share.
/// </summary>
public static class ApiGatewaySetup
{
    /// <summary>A new Active API (the harness's emulator activates APIs at once).</summary>
    public static async Task<string> CreateApiAsync(this ProviderAgainstEmulator provider, string name)
    {
        var created = await provider.Scp.ApiGateway.CreateApiAsync(new ApiCreateRequest { Name = name }, null, CancellationToken.None);
        return created.Id;
    }

    /// <summary>A deployment of the API, not pointed at any stage.</summary>
    public static async Task<string> CreateDeploymentAsync(this ProviderAgainstEmulator provider, string apiId, string description)
    {
        var request = new ApiDeploymentRequest { StageType = "none", Description = description };
        var created = await provider.Scp.ApiGateway.CreateApiDeploymentAsync(apiId, request, null, CancellationToken.None);
        return created.DeploymentId;
    }

    public static PropertyMap Map(params (string Key, PropertyValue Value)[] entries) =>
        entries.Aggregate(PropertyMap.Empty, (map, entry) => map.With(entry.Key, entry.Value));

    public static PropertyValue List(params string[] items) => PropertyValue.FromArray(items.Select(PropertyValue.FromString));

    /// <summary>The ErrorResourceInitFailed detail of a failed Create or Update.</summary>
    public static ErrorResourceInitFailed InitFailure(RpcException error) =>
        Assert.Single(error.StatusDetails()!.Details, detail => detail.Is(ErrorResourceInitFailed.Descriptor)).Unpack<ErrorResourceInitFailed>();

    /// <summary>The resource as the engine keeps it after an ErrorResourceInitFailed.</summary>
    public static StateEntry StateAfter(ErrorResourceInitFailed failure, string type, string name) =>
        new(type, name, failure.Id, StructConverter.ToPropertyMap(failure.Inputs), StructConverter.ToPropertyMap(failure.Properties));

    /// <summary>The detailed diff's property names, sorted.</summary>
    public static IReadOnlyList<string> Changed(DiffResponse diff) => [.. diff.DetailedDiff.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The engine's refresh check: the refreshed inputs against the program's, nothing changed.</summary>
    public static async Task AssertNoDiffAsync(this ProviderAgainstEmulator provider, StateEntry refreshed, PropertyMap program)
    {
        var diff = await provider.DiffAsync(refreshed, program);
        Assert.True(diff.Changes == DiffResponse.Types.DiffChanges.DiffNone, "expected no diff, got: " + string.Join(", ", diff.DetailedDiff.Keys));
    }

    public static bool IsUnknown(this PropertyMap map, string key) => map.TryGetValue(key, out var value) && value.IsComputed;
}
