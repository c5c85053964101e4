using Grpc.Core;

namespace Pulumi.ScpGateway.Tests.Plugin;

/// <summary>What a service method sees of a call, for calling service methods directly.</summary>
internal sealed class TestCallContext(string method, CancellationToken cancellationToken = default, DateTime? deadline = null) : ServerCallContext
{
    private readonly Metadata responseTrailers = [];

    public static TestCallContext For(string rpc) => new($"/pulumirpc.ResourceProvider/{rpc}");

    protected override string MethodCore => method;

    protected override string HostCore => "127.0.0.1";

    protected override string PeerCore => "ipv4:127.0.0.1:1";

    protected override DateTime DeadlineCore => deadline ?? DateTime.MaxValue;

    protected override Metadata RequestHeadersCore => [];

    protected override CancellationToken CancellationTokenCore => cancellationToken;

    protected override Metadata ResponseTrailersCore => responseTrailers;

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override AuthContext AuthContextCore => new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
