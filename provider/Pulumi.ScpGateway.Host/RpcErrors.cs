using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using GoogleRpcStatus = Pulumi.ScpGateway.Host.Protos.GoogleRpc.Status;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Rich gRPC errors (PROTOCOL.md §5): the status with typed details, as a <c>google.rpc.Status</c>
/// in the <c>grpc-status-details-bin</c> trailer, where the engine (grpc-go) looks for them.
/// </summary>
public static class RpcErrors
{
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    /// <summary>An error carrying <paramref name="details"/>; each is packed as a <c>google.protobuf.Any</c>.</summary>
    public static RpcException WithDetails(StatusCode code, string message, params IMessage[] details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var status = new GoogleRpcStatus { Code = (int)code, Message = message };
        status.Details.AddRange(details.Select(Any.Pack));
        return new RpcException(new Status(code, message), new Metadata { { StatusDetailsTrailer, status.ToByteArray() } });
    }

    /// <summary>An error without typed details; its google.rpc.Status still travels, for clients that read only that.</summary>
    public static RpcException Of(StatusCode code, string message) => WithDetails(code, message);

    /// <summary>The <c>google.rpc.Status</c> a failed call carried, or null when it sent none.</summary>
    public static GoogleRpcStatus? StatusDetails(this RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var entry = error.Trailers.Get(StatusDetailsTrailer);
        return entry is { IsBinary: true } ? GoogleRpcStatus.Parser.ParseFrom(entry.ValueBytes) : null;
    }

    /// <summary>The first detail of type <typeparamref name="T"/> a failed call carried, or null.</summary>
    public static T? Detail<T>(this RpcException error)
        where T : class, IMessage<T>, new() =>
        error.StatusDetails()?.Details.Select(any => any.TryUnpack<T>(out var detail) ? detail : null).FirstOrDefault(detail => detail is not null);
}
