using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.QueueService;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// Finds what the selection names through SCP's list calls and reads each object with the provider's
/// own Read (the registry's resources), so the inputs are exactly what an import reads. Objects of one
/// API are read <see cref="Parallelism"/> at a time; a refused or vanished object is reported and skipped.
/// </summary>
public sealed class AdoptReader(ResourceRegistry registry, IApiGatewayClient scp, IQueueServiceClient queues, AdoptProgress progress) : IDisposable
{
    public const int Parallelism = 8;

    public const int ApisAtOnce = 4;

    private readonly SemaphoreSlim _reads = new(Parallelism);

    public async Task<IReadOnlyList<FoundObject>> ReadAsync(AdoptSelection selection, CancellationToken cancellationToken)
    {
        var found = new List<FoundObject>();
        if (selection.AllPrivateLinkEndpoints)
        {
            var endpoints = await ListAsync("PrivateLink endpoints", () => scp.ListAllPrivateLinkEndpointsAsync(null, cancellationToken)) ?? [];
            found.AddRange(await ReadAllAsync(endpoints.Select(e => Read("PrivateLinkEndpoint", e.Id, [e.Name], null)), cancellationToken));
        }
        // Several APIs at once (their lists overlap); their objects' reads share the Parallelism limit.
        using var apiSlots = new SemaphoreSlim(ApisAtOnce);
        var apis = await ApisAsync(selection, cancellationToken);
        var perApi = await Task.WhenAll(apis.Select(async api =>
        {
            await apiSlots.WaitAsync(cancellationToken);
            try
            {
                return await ReadApiAsync(api, selection.AllDeployments, cancellationToken);
            }
            finally
            {
                apiSlots.Release();
            }
        }));
        found.AddRange(perApi.SelectMany(objects => objects));
        if (selection.AllQueues || selection.Queues.Count > 0)
        {
            var all = await ListAsync("queues", () => queues.ListAllQueuesAsync(null, cancellationToken)) ?? [];
            var chosen = selection.AllQueues ? all : Pick("queue", all, q => q.Id, q => q.Name, selection.Queues);
            found.AddRange(await ReadAllAsync(chosen.Select(q => Read("Queue", q.Id, [q.Name, "queue"], null)), cancellationToken));
        }
        return found;
    }

    private async Task<IReadOnlyList<FoundApi>> ApisAsync(AdoptSelection selection, CancellationToken cancellationToken)
    {
        if (!selection.AllApis && selection.Apis.Count == 0)
        {
            return [];
        }
        var all = await ListAsync("APIs", () => scp.ListAllApisAsync(null, cancellationToken)) ?? [];
        var chosen = selection.AllApis ? all : Pick("API", all, a => a.Id, a => a.Name, selection.Apis);
        return [.. chosen.Select(a => new FoundApi(a.Id, a.Name))];
    }

    private async Task<IReadOnlyList<FoundObject>> ReadApiAsync(FoundApi api, bool allDeployments, CancellationToken cancellationToken)
    {
        progress.Line($"reading API {api.Name} ({api.Id})");
        var reads = new List<ObjectRead> { Read("Api", api.Id, [], api) };
        // Every list of the API at once; each is one page or a few.
        var resourcesTask = ListAsync($"API {api.Name}: resources", () => scp.ListResourcesAsync(api.Id, cancellationToken));
        var stagesTask = ListAsync($"API {api.Name}: stages", () => scp.ListStagesAsync(api.Id, cancellationToken));
        var deploymentsTask = ListAsync($"API {api.Name}: deployments", () => scp.ListAllApiDeploymentsAsync(api.Id, null, cancellationToken));
        var plansTask = ListAsync($"API {api.Name}: usage plans", () => scp.ListAllUsagePlansAsync(api.Id, null, cancellationToken));
        var authsTask = ListAsync($"API {api.Name}: auths", () => scp.ListAllAuthsAsync(api.Id, cancellationToken));
        var controlsTask = ListAsync($"API {api.Name}: access controls", () => scp.ListAllAccessControlsAsync(api.Id, cancellationToken));
        var endpointsTask = ListAsync($"API {api.Name}: connected PrivateLink endpoints", () => scp.ListAllConnectedPrivateLinkEndpointsAsync(api.Id, cancellationToken));
        var plans = await plansTask ?? [];
        var keysTasks = plans.Select(plan => ListAsync($"API {api.Name}: API keys of usage plan {plan.Name}", () => scp.ListAllApiKeysAsync(api.Id, plan.Id, null, cancellationToken))).ToList();

        foreach (var resource in (await resourcesTask)?.Resources ?? [])
        {
            var segments = resource.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length > 0)
            {
                reads.Add(Read("Resource", $"{api.Id}/{resource.Id}", segments, api));
            }
            reads.AddRange(resource.Methods.Select(method =>
                Read("Method", $"{api.Id}/{resource.Id}/{method.MethodType}", [method.MethodType.ToLowerInvariant(), .. segments.Length > 0 ? segments : ["root"]], api)));
        }
        var stages = (await stagesTask)?.Stages ?? [];
        reads.AddRange(stages.Select(stage => Read("Stage", $"{api.Id}/{stage.Name}", [stage.Name, "stage"], api)));
        var served = stages.GroupBy(stage => stage.DeploymentId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(stage => stage.Name).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var deployment in await deploymentsTask ?? [])
        {
            if (served.TryGetValue(deployment.DeploymentId, out var stageNames))
            {
                reads.Add(Read("Deployment", $"{api.Id}/{deployment.DeploymentId}", [.. stageNames, "deployment"], api));
            }
            else if (allDeployments)
            {
                reads.Add(Read("Deployment", $"{api.Id}/{deployment.DeploymentId}", ["deployment", deployment.DeploymentId[..Math.Min(8, deployment.DeploymentId.Length)]], api));
            }
            else
            {
                progress.NotAdopted($"deployment {deployment.DeploymentId} of API {api.Name} ({deployment.DeploymentDate}, \"{deployment.Description}\"): no stage serves it");
            }
        }
        foreach (var (plan, keys) in plans.Zip(await Task.WhenAll(keysTasks)))
        {
            reads.Add(Read("UsagePlan", $"{api.Id}/{plan.Id}", [plan.Name, "plan"], api));
            reads.AddRange((keys ?? []).Select(key => Read("ApiKey", $"{api.Id}/{plan.Id}/{key.Id}", [key.Name, "key"], api)));
        }
        reads.AddRange((await authsTask ?? []).Select(auth => Read("Auth", $"{api.Id}/{auth.Id}", [auth.Name, "auth"], api)));
        reads.AddRange((await controlsTask ?? []).Select(control => Read("AccessControl", $"{api.Id}/{control.Id}", [control.Name, "access"], api)));
        reads.AddRange((await endpointsTask ?? []).Select(endpoint => Read("PrivateLinkEndpointApproval", $"{api.Id}/{endpoint.Id}", ["endpoint", endpoint.Id[..Math.Min(8, endpoint.Id.Length)], "approval"], api)));
        var read = await ReadAllAsync(reads, cancellationToken);
        progress.Counts($"API {api.Name}", read);
        return read;
    }

    public void Dispose() => _reads.Dispose();

    private static ObjectRead Read(string type, string importId, IReadOnlyList<string> nameParts, FoundApi? api) => new(type, importId, nameParts, api);

    private async Task<IReadOnlyList<FoundObject>> ReadAllAsync(IEnumerable<ObjectRead> reads, CancellationToken cancellationToken)
    {
        var list = reads.ToList();
        var results = await Task.WhenAll(list.Select(read => ReadOneAsync(read, cancellationToken)));
        return [.. results.OfType<FoundObject>()];
    }

    private async Task<FoundObject?> ReadOneAsync(ObjectRead read, CancellationToken cancellationToken)
    {
        await _reads.WaitAsync(cancellationToken);
        try
        {
            var token = $"{PackageSchema.PackageName}:index:{read.Type}";
            var answer = await registry.ReadAsync(new ResourceReadRequest(read.ImportId, $"urn:pulumi:adopt::adopt::{token}::adopted") { Type = token }, cancellationToken);
            if (answer.IsGone)
            {
                progress.Skipped($"{read.Type} {read.ImportId}: gone while it was being read");
                return null;
            }
            return new FoundObject(read.Type, answer.Id, answer.Inputs, answer.Properties, read.NameParts, read.Api);
        }
        catch (ScpApiException error)
        {
            progress.Skipped($"{read.Type} {read.ImportId}: {Describe(error)}");
            return null;
        }
        finally
        {
            _reads.Release();
        }
    }

    /// <summary>A list every later read depends on; a refusal skips what it would have listed.</summary>
    private async Task<T?> ListAsync<T>(string what, Func<Task<T>> list)
        where T : class
    {
        try
        {
            return await list();
        }
        catch (ScpApiException error)
        {
            progress.Skipped($"{what}: {Describe(error)}");
            return null;
        }
    }

    private IReadOnlyList<T> Pick<T>(string kind, IReadOnlyList<T> all, Func<T, string> id, Func<T, string> name, IReadOnlyList<string> wanted)
        where T : class
    {
        var picked = new List<T>();
        foreach (var selector in wanted)
        {
            var match = all.FirstOrDefault(item => id(item) == selector) ?? all.FirstOrDefault(item => name(item) == selector);
            if (match is null)
            {
                progress.Skipped($"{kind} '{selector}': no {kind} with this id or name in the account");
            }
            else if (!picked.Contains(match))
            {
                picked.Add(match);
            }
        }
        return picked;
    }

    private static string Describe(ScpApiException error) =>
        error.StatusCode is { } status ? $"SCP answered {(int)status} ({error.Detail}); skipped" : $"{error.Message}; skipped";

    private sealed record ObjectRead(string Type, string ImportId, IReadOnlyList<string> NameParts, FoundApi? Api);
}
