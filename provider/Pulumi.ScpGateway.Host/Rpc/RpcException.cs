using Google.Protobuf.WellKnownTypes;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Thrown by a handler (or by the transport) to answer a call with a given gRPC status.
/// The details travel as <c>google.rpc.Status.details</c> in <c>grpc-status-details-bin</c>.
/// </summary>
public sealed class RpcException : Exception
{
    public RpcException(StatusCode status, string message, params Any[] details)
        : base(message)
    {
        Status = status;
        Details = details;
    }

    public StatusCode Status { get; }

    public IReadOnlyList<Any> Details { get; }

    public override string ToString() => $"{Status}: {Message}";
}
