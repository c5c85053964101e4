using Pulumi.ScpGateway.EngineSimulator;
using Google.Protobuf;
using Pulumi.ScpGateway.IntegrationTests.Resources;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// The real plugin against the real emulator, with what fuzzed inputs may point at: two APIs
/// (REGION and PRIVATE), a deployment, a stage, a usage plan, the root resource and a PrivateLink
/// endpoint. Their ids go into the fuzzer's hints, so plausible maps get past Check and SCP's
/// 404s and reach the resources' own code.
/// </summary>
public sealed class FuzzWorld : IAsyncLifetime
{
    /// <summary>Bound on one call: a plugin that stops answering fails the case instead of hanging the run.</summary>
    public static readonly TimeSpan CallBound = TimeSpan.FromSeconds(60);

    public ProviderAgainstEmulator Provider { get; private set; } = null!;

    public PackageInputs Package { get; private set; } = null!;

    public IReadOnlyDictionary<string, string[]> Hints { get; private set; } = new Dictionary<string, string[]>();

    public async Task InitializeAsync()
    {
        Provider = await ProviderAgainstEmulator.StartAsync();
        Package = await PackageInputs.FetchAsync(Provider.Session);
        var scp = Provider.Scp.ApiGateway;
        var none = CancellationToken.None;
        var apiId = await Provider.CreateApiAsync("fuzz-region");
        var privateApiId = (await scp.CreateApiAsync(new ApiCreateRequest { Name = "fuzz-private", EndpointType = "PRIVATE" }, null, none)).Id;
        var deploymentId = await Provider.CreateDeploymentAsync(apiId, "fuzz");
        await scp.CreateStageAsync(apiId, new StageCreateRequest { StageName = "dev", DeploymentId = deploymentId }, null, none);
        var plan = await scp.CreateUsagePlanAsync(apiId, new UsagePlanCreateRequest { Name = "fuzz-plan", Limit = 100, Rate = "day" }, null, none);
        var rootId = (await scp.ListResourcesAsync(apiId, none)).Resources.Single(resource => resource.Path == "/").Id;
        var endpoint = await scp.CreatePrivateLinkEndpointAsync(new PrivateLinkEndpointCreateRequest { Name = "fuzzendpoint", PrivateLinkServiceId = privateApiId }, null, none);
        // Values of enum-typed inputs come from the schema's enum types (InputFuzzer); these are the rest.
        Hints = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["apiId"] = [apiId, privateApiId],
            ["usagePlanId"] = [plan.UsagePlan.Id],
            ["resourceId"] = [rootId],
            ["parentId"] = [rootId],
            ["deploymentId"] = [deploymentId],
            ["privatelinkServiceId"] = [privateApiId],
            ["privatelinkEndpointId"] = [endpoint.PrivateLinkEndpoint.Id],
            ["endpointUrl"] = ["https://backend.example.com/orders", "http://10.0.0.5:8080/"],
            ["allowedIpAddresses"] = ["10.0.0.1", "192.168.0.0/24"],
            ["connectedStages"] = ["dev"],
            ["stageName"] = ["dev"],
            ["allowOrigins"] = ["https://app.example.com"],
            ["allowHeaders"] = ["Content-Type"],
            ["exposeHeaders"] = ["X-Request-Id"],
        };
    }

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    /// <summary>A call whose answer is either the reply or the gRPC error; anything else (no answer, a broken connection) throws.</summary>
    public async Task<(TResponse? Reply, RpcException? Error)> TryCallAsync<TRequest, TResponse>(string method, TRequest request)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new()
    {
        using var bound = new CancellationTokenSource(CallBound);
        try
        {
            return (await Provider.Session.CallAsync<TRequest, TResponse>(method, request, cancellationToken: bound.Token), null);
        }
        catch (RpcException error)
        {
            return (null, error);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            throw new TimeoutException($"{method} got no answer within {CallBound.TotalSeconds} s");
        }
    }

    /// <summary>Fails at once, with the plugin's stderr, when the plugin no longer serves.</summary>
    public async Task AssertStillServingAsync(string after)
    {
        var (info, error) = await TryCallAsync<Google.Protobuf.WellKnownTypes.Empty, PluginInfo>(ResourceProviderMethods.GetPluginInfo, new());
        Assert.True(info is not null && !Provider.Session.Plugin.HasExited,
            $"the plugin stopped serving after {after}: {error?.Status.Detail}; stderr: {AnswerRules.Shorten(Provider.Session.Plugin.Stderr.Text)}");
    }
}
