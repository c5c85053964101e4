using System.Net;
using System.Net.Sockets;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Plugin;

public class EngineLogClientTests
{
    [Fact]
    public async Task Without_an_engine_messages_go_to_stderr_with_severity_and_urn()
    {
        var stderr = new StringWriter();
        using var log = new EngineLogClient(null, stderr);

        await log.WarnAsync("queue is still CREATING", urn: "urn:pulumi:dev::p::scpgateway:index:Queue::q");

        Assert.Contains("WARNING", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("urn:pulumi:dev::p::scpgateway:index:Queue::q: queue is still CREATING", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_engine_falls_back_to_stderr_without_throwing()
    {
        var stderr = new StringWriter();
        using var log = new EngineLogClient($"127.0.0.1:{ClosedPort()}", stderr);

        await log.ErrorAsync("could not reach SCP");

        Assert.Contains("ERROR: could not reach SCP", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_caller_still_gets_its_message_reported_and_no_exception()
    {
        var stderr = new StringWriter();
        using var log = new EngineLogClient($"127.0.0.1:{ClosedPort()}", stderr);

        await log.InfoAsync("cancelled while waiting", cancellationToken: new CancellationToken(canceled: true));

        Assert.Contains("INFO: cancelled while waiting", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_address_can_be_set_later_by_attach()
    {
        using var log = new EngineLogClient(null, new StringWriter());

        log.SetEngineAddress("127.0.0.1:1234");

        Assert.Equal("127.0.0.1:1234", log.EngineAddress);
    }

    private static int ClosedPort()
    {
        // Bind then release: nothing listens there afterwards.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
