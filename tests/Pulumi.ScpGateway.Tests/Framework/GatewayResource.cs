using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

/// <summary>A resource over an in-memory store, standing in for an SCP-backed one.</summary>
[Resource("Gateway", ImportId = "{gatewayId}", Description = "A test gateway.", DefaultTimeoutMinutes = 7)]
public sealed class GatewayResource(GatewayStore store) : CustomResource<GatewayArgs, GatewayState>
{
    public const string FailAfterCreate = "fail after create";

    public override async Task<(string Id, GatewayState State)> CreateAsync(GatewayArgs inputs, ResourceContext context)
    {
        store.Contexts.Add(context);
        await context.Log.StatusAsync("creating", context.CancellationToken);
        var id = $"gw-{store.Gateways.Count + 1}";
        var state = StateFrom(inputs) with { GatewayId = id, Status = "Creating", AccessKey = "key-" + id };
        if (inputs.Description == FailAfterCreate)
        {
            store.Gateways[id] = state;
            throw InitFailed(id, state, new InvalidOperationException("config call refused"), "the config step failed");
        }
        store.Gateways[id] = state with { Status = "Active" };
        return (id, store.Gateways[id]);
    }

    public override Task<(GatewayArgs Inputs, GatewayState State)?> ReadAsync(string id, GatewayArgs? oldInputs, GatewayState? oldState, ResourceContext context)
    {
        store.Contexts.Add(context);
        // SCP cannot return tags; the framework carries them over, so the store's answer leaves them out.
        (GatewayArgs, GatewayState)? found = store.Gateways.TryGetValue(id, out var state) ? (state with { Tags = null }, state with { Tags = null }) : null;
        return Task.FromResult(found);
    }

    public override Task<GatewayState> UpdateAsync(string id, GatewayArgs olds, GatewayArgs news, GatewayState oldState, ResourceContext context)
    {
        store.Contexts.Add(context);
        var state = StateFrom(news) with { GatewayId = oldState.GatewayId, Status = oldState.Status, AccessKey = oldState.AccessKey };
        store.Gateways[id] = state;
        return Task.FromResult(state);
    }

    public override Task DeleteAsync(string id, GatewayState state, ResourceContext context)
    {
        store.Contexts.Add(context);
        store.Gateways.Remove(id);
        return Task.CompletedTask;
    }

    public string IdOf(GatewayState state) => FormatId(state);
}

/// <summary>The "SCP" of the test resources, handed in as a configured service.</summary>
public sealed class GatewayStore
{
    public Dictionary<string, GatewayState> Gateways { get; } = [];

    public List<ResourceContext> Contexts { get; } = [];
}
