using System.Net;
using System.Net.Sockets;
using Google.Protobuf;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.IntegrationTests.Resources;
using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>
/// Calls that are still running inside the real plugin: deadlines the plugin enforces itself, calls
/// that overlap, the engine's Cancel and the engine dying. The middle is made to happen: APIs the
/// emulator keeps "Creating" for an hour, or an SCP endpoint that accepts and never answers.
/// </summary>
public class InFlightCallTests
{
    private const string Api = "Api";
    private static readonly TimeSpan Bound = ProtocolBounds.Bound;
    private static readonly EmulatorOptions ApisNeverActive = new() { ApiCreateDelayMs = 3_600_000, QueueCreateDelayMs = 0 };

    [Fact]
    public async Task The_plugin_answers_deadline_exceeded_itself_and_abandons_the_work()
    {
        using var silentScp = new TcpListener(IPAddress.Loopback, 0);
        silentScp.Start();
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)silentScp.LocalEndpoint).Port}";
        await using var session = await EngineSession.StartAsync();
        await session.ConfigureAsync(new ProviderConfig()
            .SetSecret("accessKey", "AK").SetSecret("secretKey", "SK").Set("apiGatewayEndpoint", endpoint).Set("queueServiceEndpoint", endpoint));
        var invoke = new InvokeRequest { Tok = "scpgateway:index:getApis", Args = StructConverter.ToStruct(PropertyMap.Empty) };

        // Sent by hand: the deadline travels as grpc-timeout and nothing on this side enforces it.
        var answer = session.Provider.SendRawAsync(ResourceProviderMethods.Invoke, RawGrpcClient.Frame(invoke), deadline: TimeSpan.FromSeconds(1));
        using var scpRequest = await silentScp.AcceptTcpClientAsync().WaitAsync(Bound);
        var result = await answer.WaitAsync(Bound);

        Assert.Equal(StatusCode.DeadlineExceeded, result.Status);
        // The call's token fired inside the plugin: it gives up its SCP request, which closes the connection.
        var buffer = new byte[4096];
        using var closed = new CancellationTokenSource(Bound);
        while (await ReadOrResetAsync(scpRequest.GetStream(), buffer, closed.Token) > 0)
        {
        }
    }

    [Fact]
    public async Task Creates_overlap_and_cancel_makes_each_report_the_api_it_made()
    {
        await using var provider = await ProviderAgainstEmulator.StartAsync(ApisNeverActive);
        var first = provider.CreateAsync(Api, "first", PropertyMap.Empty.With("name", "first-api"));
        var second = provider.CreateAsync(Api, "second", PropertyMap.Empty.With("name", "second-api"));

        // Both creates wait for Active at the same time: the plugin serves calls concurrently.
        await WaitingForActiveAsync(provider.Session.Engine, "first");
        await WaitingForActiveAsync(provider.Session.Engine, "second");
        await provider.Session.Provider.Rpc.CancelAsync(new Google.Protobuf.WellKnownTypes.Empty()).ResponseAsync.WaitAsync(Bound);

        foreach (var (name, create) in new[] { ("first", first), ("second", second) })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => create.WaitAsync(Bound));
            var made = error.Detail<ErrorResourceInitFailed>();
            Assert.True(made is not null, $"{name}: {error.StatusCode} {error.Status.Detail}");
            Assert.Equal($"{name}-api", StructConverter.ToPropertyMap(made.Properties).GetString("name"));
            Assert.False(string.IsNullOrEmpty(made.Id));
        }
    }

    [Fact]
    public async Task When_the_engine_dies_an_in_flight_create_reports_what_it_made_keeps_its_journal_entry_and_the_plugin_exits()
    {
        await using var provider = await ProviderAgainstEmulator.StartAsync(
            ApisNeverActive, pluginEnvironment: new Dictionary<string, string?> { [EngineHealthWatch.IntervalVariable] = "1" });
        var create = provider.CreateAsync(Api, "orphan", PropertyMap.Empty.With("name", "orphan-api"));
        await WaitingForActiveAsync(provider.Session.Engine, "orphan");

        await provider.Session.Engine.StopAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => create.WaitAsync(Bound));
        Assert.True(error.Detail<ErrorResourceInitFailed>() is { Id.Length: > 0 }, $"{error.StatusCode} {error.Status.Detail}");
        Assert.Equal(0, await provider.Session.Plugin.WaitForExitAsync(Bound));
        // The engine never got the answer, so the create stays journalled for the next run to adopt.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(provider.Session.Plugin.StateDirectory, "creates")));
    }

    private static Task WaitingForActiveAsync(EngineService engine, string name) =>
        engine.WaitForLogAsync(log => log.Urn == ProviderAgainstEmulator.UrnOf(Api, name)
            && log.Message.StartsWith("waiting for the API to become Active", StringComparison.Ordinal), Bound);

    private static async Task<int> ReadOrResetAsync(NetworkStream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException)
        {
            return 0; // Reset rather than closed: gone all the same.
        }
    }
}
