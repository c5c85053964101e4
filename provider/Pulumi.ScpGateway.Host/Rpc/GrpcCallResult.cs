using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>Everything a unary call answered, as seen on the wire.</summary>
/// <param name="HttpStatus">The HTTP status (200 for every gRPC answer, errors included).</param>
/// <param name="Status">From <c>grpc-status</c>, or derived from the HTTP status when absent.</param>
/// <param name="Message">The decoded <c>grpc-message</c>.</param>
/// <param name="Details">The decoded <c>grpc-status-details-bin</c>, if sent.</param>
/// <param name="Messages">The response message payloads (frames without their prefix).</param>
/// <param name="TrailersOnly">True when the status came in the headers, with no body.</param>
/// <param name="Headers">Response headers (lower-case names; content headers included).</param>
/// <param name="Trailers">Response trailers (lower-case names).</param>
public sealed record GrpcCallResult(
    int HttpStatus,
    StatusCode Status,
    string Message,
    Status? Details,
    IReadOnlyList<byte[]> Messages,
    bool TrailersOnly,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Trailers);
