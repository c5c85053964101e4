using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>What every resource promises (RESOURCES.md, "Rules that hold for every resource"), asserted through the plugin.</summary>
public static class ResourceExpectations
{
    /// <summary>Each change alone makes Diff replace the resource, naming just that property.</summary>
    public static async Task EachReplacesAsync(this ProviderAgainstEmulator provider, StateEntry entry, params (string Property, PropertyValue Value)[] changes)
    {
        foreach (var (property, value) in changes)
        {
            var diff = await provider.DiffAsync(entry, entry.Inputs.With(property, value));
            Assert.Equal([property], diff.Replaces);
            Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff[property].Kind);
        }
    }

    /// <summary>Import by <paramref name="id"/> gives inputs that pass Check and show no diff against a program written from them.</summary>
    public static async Task<StateEntry> ImportsCleanlyAsync(this ProviderAgainstEmulator provider, string type, string id)
    {
        var imported = await provider.ImportAsync(type, "imported", id);
        Assert.NotNull(imported);
        await provider.AssertNoDiffAsync(imported, imported.Inputs);
        return imported;
    }

    /// <summary>
    /// Delete removes it from SCP (<paramref name="find"/> finds it before and not after), a second
    /// delete succeeds, a refresh finds nothing.
    /// </summary>
    public static async Task DeletesForGoodAsync(this ProviderAgainstEmulator provider, StateEntry entry, Func<ScpRecords, JsonObject?> find)
    {
        Assert.NotNull(find(await provider.ScpHoldsAsync()));

        await provider.DeleteAsync(entry);
        await provider.DeleteAsync(entry);

        Assert.Null(find(await provider.ScpHoldsAsync()));
        Assert.Null(await provider.RefreshAsync(entry));
    }

    /// <summary>
    /// Create under <paramref name="faults"/> must fail with ErrorResourceInitFailed; answers the error
    /// and what the engine then records. Faults are off again afterwards.
    /// </summary>
    public static async Task<(RpcException Error, ErrorResourceInitFailed Failure, StateEntry Partial)> CreatePartlyAsync(
        this ProviderAgainstEmulator provider, FaultSettings faults, string type, string name, PropertyMap program)
    {
        await provider.SetFaultsAsync(faults);
        RpcException error;
        try
        {
            error = await Assert.ThrowsAsync<RpcException>(() => provider.CreateAsync(type, name, program));
        }
        finally
        {
            await provider.SetFaultsAsync(new FaultSettings());
        }
        var failure = ApiGatewaySetup.InitFailure(error);
        var partial = ApiGatewaySetup.StateAfter(failure, type, name);
        return (error, failure, partial);
    }
}
