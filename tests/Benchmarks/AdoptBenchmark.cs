using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>The account adopt reads: <see cref="Apis"/> APIs, each with <see cref="Paths"/> paths (one GET each), a deployment, two stages, a usage plan with two keys.</summary>
public sealed record AdoptAccount(int Apis, int Paths)
{
    public const int KeysPerPlan = 2;
    public const int Stages = 2;

    public int Objects => Apis * (1 + 2 * Paths + 1 + Stages + 1 + KeysPerPlan);

    /// <summary>
    /// The fewest SCP requests that see every object: the list pages (at the client's page size) of APIs,
    /// and per API of resources (with their methods), stages, deployments, usage plans, each plan's keys,
    /// auths, access controls and connected endpoints. Reading an object's inputs may need more (SCP's
    /// show calls); this is the floor paging sets.
    /// </summary>
    public int MinimumRequests => Pages(Apis) + Apis * (1 + 1 + Pages(1) + Pages(1) + Pages(KeysPerPlan) + 1 + 1 + 1);

    private static int Pages(int count) => Math.Max(1, (count + ScpPaging.DefaultPageSize - 1) / ScpPaging.DefaultPageSize);
}

public sealed record AdoptFigures(AdoptAccount Account, int LatencyMilliseconds, int Requests, IReadOnlyDictionary<string, int> ByOperation, TimeSpan Elapsed, int Adopted);

/// <summary>
/// <c>pulumi-resource-scpgateway adopt --all-apis</c> over a generated account with SCP latency: the SCP
/// requests it makes (emulator counters) and its wall time, against the paging minimum.
/// </summary>
public sealed class AdoptBenchmark(EmulatorAdmin emulator, PluginBuild plugin, string directory)
{
    private const string AccessKey = "EMULATOR-ACCESS-KEY";
    private const string SecretKey = "EMULATOR-SECRET-KEY";

    public async Task<AdoptFigures> RunAsync(AdoptAccount account, int latencyMilliseconds, CancellationToken cancellationToken)
    {
        await emulator.ResetAsync(0, 0, cancellationToken);
        await PopulateAsync(account, cancellationToken);
        await SetLatencyAsync(latencyMilliseconds, cancellationToken);
        var before = await emulator.RequestsAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        var output = await RunAdoptAsync(cancellationToken);
        watch.Stop();
        var made = (await emulator.RequestsAsync(cancellationToken)).Since(before);
        var adopted = output.Split('\n').Single(line => line.StartsWith("adopted ", StringComparison.Ordinal)).Split(' ')[1];
        return new AdoptFigures(account, latencyMilliseconds, made.Total, made.Operations, watch.Elapsed, int.Parse(adopted, CultureInfo.InvariantCulture));
    }

    private async Task PopulateAsync(AdoptAccount account, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(emulator.BaseUrl.ToString().TrimEnd('/'));
        using var clients = ScpClients.Create(new ScpSettings { AccessKey = AccessKey, SecretKey = SecretKey, ApiGatewayEndpoint = endpoint, QueueServiceEndpoint = endpoint });
        var scp = clients.ApiGateway;
        await Parallel.ForEachAsync(Enumerable.Range(1, account.Apis), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (n, ct) =>
        {
            var api = await scp.CreateApiAsync(new ApiCreateRequest { Name = $"bench-api-{n:D2}", EndpointType = "REGION" }, null, ct);
            var root = (await scp.ListResourcesAsync(api.Id, ct)).Resources.Single(r => r.Path == "/");
            for (var p = 1; p <= account.Paths; p++)
            {
                var resource = await scp.CreateResourceAsync(api.Id, root.Id, new ResourceCreateRequest { PathPart = $"path-{p:D2}" }, null, ct);
                await scp.CreateMethodAsync(api.Id, resource.Id, new MethodCreateRequest { MethodType = "GET", IntegrationType = "HTTP", EndpointUrl = $"https://backend.example.com/path-{p:D2}" }, null, ct);
            }
            var deployment = await scp.CreateApiDeploymentAsync(api.Id, new ApiDeploymentRequest { StageType = "none", Description = "release" }, null, ct);
            var plan = await scp.CreateUsagePlanAsync(api.Id, new UsagePlanCreateRequest { Name = "basic", Limit = 1000, Rate = "day" }, null, ct);
            for (var k = 1; k <= AdoptAccount.KeysPerPlan; k++)
            {
                await scp.CreateApiKeyAsync(api.Id, plan.UsagePlan.Id, new ApiKeyCreateRequest { Name = $"key-{k}" }, null, ct);
            }
            foreach (var stage in new[] { "dev", "prod" }.Take(AdoptAccount.Stages))
            {
                await scp.CreateStageAsync(api.Id, new StageCreateRequest { StageName = stage, DeploymentId = deployment.DeploymentId }, null, ct);
            }
        });
    }

    private async Task SetLatencyAsync(int latencyMilliseconds, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var response = await http.PutAsJsonAsync("/_emulator/faults", new { latency_ms = latencyMilliseconds }, JsonSerializerOptions.Web, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> RunAdoptAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(plugin.Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "adopt", "--all-apis", "--out", Path.Combine(directory, "adopted") })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["SCP_ACCESS_KEY"] = AccessKey;
        start.Environment["SCP_SECRET_KEY"] = SecretKey;
        start.Environment["SCP_APIGATEWAY_ENDPOINT"] = emulator.BaseUrl.ToString().TrimEnd('/');
        start.Environment["SCP_QUEUESERVICE_ENDPOINT"] = emulator.BaseUrl.ToString().TrimEnd('/');
        start.Environment["HOME"] = directory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"adopt exited with {process.ExitCode}: {await errors}");
    }
}
