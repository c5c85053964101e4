using System.Net;
using System.Net.Sockets;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>The published plugin binary, started and stopped the way the engine does it.</summary>
public class PluginProcessTests
{
    private static readonly TimeSpan Bound = ProtocolBounds.Bound;

    [Fact]
    public async Task The_first_stdout_line_is_the_port_and_nothing_else_is_ever_printed_there()
    {
        await using var session = await EngineSession.StartAsync();

        var exitCode = await session.ShutdownAsync(Bound);

        Assert.Equal(0, exitCode);
        await session.Plugin.Stdout.WaitForCompletionAsync(Bound);
        Assert.Equal($"{session.Plugin.Port}\n", session.Plugin.Stdout.Text);
    }

    [Fact]
    public async Task Loading_follows_the_engine_order_and_reports_the_version()
    {
        await using var session = await EngineSession.StartAsync();

        Assert.True(session.Handshake.AcceptSecrets);
        Assert.True(session.Handshake.AcceptResources);
        Assert.True(session.Handshake.AcceptOutputs);
        Assert.True(session.Handshake.SupportsAutonamingConfiguration);
        Assert.Equal("0.1.0", session.PluginInfo.Version);
    }

    [Fact]
    public async Task Sigint_ends_the_plugin_with_exit_code_zero()
    {
        await using var plugin = await PluginProcess.StartAsync(engineAddress: null);

        Assert.Equal(0, await plugin.StopAsync(Bound));
    }

    [Fact]
    public async Task Sigterm_ends_the_plugin_with_exit_code_zero()
    {
        await using var plugin = await PluginProcess.StartAsync(engineAddress: null);

        Assert.Equal(0, await plugin.TerminateAsync(Bound));
    }

    [Fact]
    public async Task Sigint_ends_the_plugin_even_with_a_call_in_flight_after_cancel()
    {
        await using var session = await EngineSession.StartAsync();
        using var client = new ProviderClient(session.Plugin.Address);

        await client.CallAsync<Empty, Empty>(ResourceProviderMethods.Cancel, new Empty());

        Assert.Equal(0, await session.Plugin.StopAsync(Bound));
    }

    [Fact]
    public async Task Engine_flags_are_tolerated()
    {
        await using var engine = await EngineService.StartAsync();
        await using var plugin = await PluginProcess.StartAsync(
            ["--logtostderr", "-v=9", "--tracing", "http://127.0.0.1:1/trace", engine.Address]);
        using var client = new ProviderClient(plugin.Address);

        var info = await client.CallAsync<Empty, PluginInfo>(ResourceProviderMethods.GetPluginInfo, new Empty());

        Assert.Equal("0.1.0", info.Version);
    }

    [Fact]
    public async Task Two_positional_arguments_fail_with_a_message_on_stderr_and_nothing_on_stdout()
    {
        var plugin = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PluginProcess.StartAsync(["127.0.0.1:1", "127.0.0.1:2"]));

        Assert.Contains("at most one argument", plugin.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_unsupported_rpcs_answer_unimplemented()
    {
        await using var session = await EngineSession.StartAsync();

        var unknown = await session.Provider.SendRawAsync("/pulumirpc.ResourceProvider/NoSuchMethod", RawGrpcClient.Frame(new Empty()));
        var construct = await Assert.ThrowsAsync<RpcException>(() =>
            session.CallAsync<Empty, Empty>(ResourceProviderMethods.Construct, new Empty()));

        Assert.Equal(StatusCode.Unimplemented, unknown.Status);
        Assert.Equal(StatusCode.Unimplemented, construct.StatusCode);
        Assert.Equal("Construct is not supported by the scpgateway provider", construct.Status.Detail);
    }

    [Fact]
    public async Task Malformed_frames_get_an_error_and_the_plugin_keeps_serving()
    {
        await using var session = await EngineSession.StartAsync();

        var truncated = await session.Provider.SendRawAsync(ResourceProviderMethods.Handshake, [0, 0, 0, 0, 40, 0x0A]);
        var compressed = await session.Provider.SendRawAsync(ResourceProviderMethods.Handshake, [1, 0, 0, 0, 0]);
        var huge = await session.Provider.SendRawAsync(ResourceProviderMethods.Handshake, [0, 0x7F, 0xFF, 0xFF, 0xFF]);

        Assert.Equal(StatusCode.Internal, truncated.Status);
        Assert.Equal(StatusCode.Internal, compressed.Status);
        Assert.Equal(StatusCode.ResourceExhausted, huge.Status);
        var info = await session.CallAsync<Empty, PluginInfo>(ResourceProviderMethods.GetPluginInfo, new Empty());
        Assert.Equal("0.1.0", info.Version);
    }

    [Fact]
    public async Task A_reply_is_one_framed_message_followed_by_an_ok_trailer()
    {
        await using var session = await EngineSession.StartAsync();

        var result = await session.Provider.SendRawAsync(ResourceProviderMethods.GetPluginInfo, RawGrpcClient.Frame(new Empty()));

        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("application/grpc", result.Headers["content-type"]);
        Assert.False(result.TrailersOnly);
        Assert.Equal("0", result.Trailers["grpc-status"]);
        Assert.Equal("0.1.0", PluginInfo.Parser.ParseFrom(Assert.Single(result.Messages)).Version);
    }

    [Fact]
    public async Task More_simultaneous_calls_than_one_connection_allows_by_default_all_succeed()
    {
        await using var session = await EngineSession.StartAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ =>
            session.Provider.Rpc.GetPluginInfoAsync(new Empty()).ResponseAsync)).WaitAsync(Bound);

        Assert.All(replies, reply => Assert.Equal("0.1.0", reply.Version));
    }

    [Fact]
    public async Task Handshake_logs_reach_the_engine()
    {
        await using var session = await EngineSession.StartAsync();

        var entry = await session.Engine.WaitForLogAsync(e => e.Message.Contains("handshake", StringComparison.Ordinal), Bound);

        Assert.Equal(LogSeverity.Debug, entry.Severity);
        Assert.Contains("0.1.0", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attach_mode_reports_to_the_engine_given_by_attach()
    {
        await using var engine = await EngineService.StartAsync();
        await using var plugin = await PluginProcess.StartAsync(engineAddress: null);
        using var client = new ProviderClient(plugin.Address);

        await client.CallAsync<PluginAttach, Empty>(ResourceProviderMethods.Attach, new PluginAttach { Address = engine.Address });
        await client.CallAsync<ProviderHandshakeRequest, ProviderHandshakeResponse>(ResourceProviderMethods.Handshake, new ProviderHandshakeRequest());

        await engine.WaitForLogAsync(e => e.Message.Contains("handshake", StringComparison.Ordinal), Bound);
    }

    [Fact]
    public async Task Logs_fall_back_to_stderr_when_the_engine_is_unreachable()
    {
        var unreachable = $"127.0.0.1:{ClosedPort()}";
        await using var plugin = await PluginProcess.StartAsync(unreachable);
        using var client = new ProviderClient(plugin.Address);

        await client.CallAsync<ProviderHandshakeRequest, ProviderHandshakeResponse>(
            ResourceProviderMethods.Handshake, new ProviderHandshakeRequest { EngineAddress = unreachable });

        await plugin.Stderr.WaitForAsync(text => text.Contains("DEBUG: scpgateway 0.1.0: handshake accepted", StringComparison.Ordinal), Bound, "the stderr fallback");
        Assert.Equal(0, await plugin.StopAsync(Bound));
        Assert.Equal($"{plugin.Port}\n", plugin.Stdout.Text);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
