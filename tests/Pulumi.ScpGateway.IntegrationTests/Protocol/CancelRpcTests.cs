using Pulumi.ScpGateway.Provider;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>The engine's Cancel RPC reaches operations already running in other calls.</summary>
public class CancelRpcTests
{
    private const string SlowOperation = "/test.Slow/Operation";

    [Fact]
    public async Task Cancel_fires_the_token_of_an_in_flight_call_which_answers_cancelled()
    {
        using var cancellation = new ServerCancellation();
        using var log = new EngineLogClient(null, new StringWriter());
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tokenFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var methods = new RpcMethodTable().Add(SlowOperation, Empty.Parser, async (Empty _, RpcContext context) =>
        {
            using var registration = context.CancellationToken.Register(() => tokenFired.TrySetResult());
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new Empty();
        });
        new ResourceProviderService(log, cancellation, ScpGatewayPackage.ForCurrentProcess()).Register(methods);
        await using var server = await LoopbackServer.StartAsync(methods, new RpcServerOptions { Cancellation = cancellation });

        var operation = server.Client.SendRawAsync(SlowOperation, MessageFraming.Encode(new Empty()));
        await started.Task.WaitAsync(LoopbackServer.Bound);
        await server.Client.CallAsync<Empty, Empty>(ResourceProviderMethods.Cancel, new Empty());

        await tokenFired.Task.WaitAsync(LoopbackServer.Bound);
        var result = await operation.WaitAsync(LoopbackServer.Bound);
        Assert.Equal(StatusCode.Cancelled, result.Status);
    }
}
