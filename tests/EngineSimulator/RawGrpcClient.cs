using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using GoogleRpcStatus = Pulumi.ScpGateway.Host.Protos.GoogleRpc.Status;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>Everything a unary call answered, as seen on the wire.</summary>
/// <param name="HttpStatus">The HTTP status (200 for every gRPC answer, errors included).</param>
/// <param name="Status">From <c>grpc-status</c>, or derived from the HTTP status when absent.</param>
/// <param name="Message">The decoded <c>grpc-message</c>.</param>
/// <param name="Details">The decoded <c>grpc-status-details-bin</c>, if sent.</param>
/// <param name="Messages">The response message payloads (frames without their prefix).</param>
/// <param name="TrailersOnly">True when the status came in the headers, with no body.</param>
public sealed record RawGrpcResult(
    int HttpStatus,
    StatusCode Status,
    string Message,
    GoogleRpcStatus? Details,
    IReadOnlyList<byte[]> Messages,
    bool TrailersOnly,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Trailers);

/// <summary>
/// gRPC framing by hand over HttpClient (HTTP/2 prior knowledge), for what no gRPC client sends:
/// malformed frames, odd headers, a <c>grpc-timeout</c> that only the server enforces.
/// </summary>
public sealed class RawGrpcClient : IDisposable
{
    /// <summary>The 5-byte prefix of a gRPC message: compressed flag, then the length (big-endian).</summary>
    public const int FrameHeaderSize = 5;

    private readonly HttpClient http;
    private readonly Uri baseAddress;

    public RawGrpcClient(string address)
    {
        baseAddress = Host.EngineAddress.ToUri(address);
        http = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>One uncompressed gRPC message frame holding <paramref name="message"/>.</summary>
    public static byte[] Frame(IMessage message) => Frame(message.ToByteArray());

    public static byte[] Frame(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var frame = new byte[FrameHeaderSize + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, FrameHeaderSize);
        return frame;
    }

    /// <summary>Sends <paramref name="body"/> exactly as given and reports the answer.</summary>
    /// <param name="timeout">Sent as <c>grpc-timeout</c> and never enforced here: whatever status comes back, the server decided it.</param>
    public async Task<RawGrpcResult> SendAsync(
        string method,
        byte[] body,
        TimeSpan? timeout = null,
        string contentType = "application/grpc",
        IEnumerable<KeyValuePair<string, string>>? extraHeaders = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (timeout is { } t)
        {
            request.Headers.TryAddWithoutValidation("grpc-timeout", $"{Math.Max(1, (long)t.TotalMilliseconds)}m");
        }

        foreach (var (name, value) in extraHeaders ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Interpret(response, payload);
    }

    public void Dispose() => http.Dispose();

    private static RawGrpcResult Interpret(HttpResponseMessage response, byte[] payload)
    {
        var headers = Flatten(response.Headers.Concat(response.Content.Headers));
        var trailers = Flatten(response.TrailingHeaders);
        var trailersOnly = headers.ContainsKey("grpc-status");
        var statusSource = trailersOnly ? headers : trailers;

        var status = statusSource.TryGetValue("grpc-status", out var statusText)
            && int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                ? (StatusCode)code
                : FromHttpStatus(response.StatusCode);
        var message = statusSource.TryGetValue("grpc-message", out var encoded) ? Uri.UnescapeDataString(encoded) : string.Empty;
        var details = statusSource.TryGetValue("grpc-status-details-bin", out var detailsText) ? DecodeStatus(detailsText) : null;

        var messages = new List<byte[]>();
        var rest = payload.AsSpan();
        while (rest.Length >= FrameHeaderSize)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(rest[1..]);
            if (rest.Length < FrameHeaderSize + length)
            {
                break;
            }

            messages.Add(rest.Slice(FrameHeaderSize, length).ToArray());
            rest = rest[(FrameHeaderSize + length)..];
        }

        if (!rest.IsEmpty && status == StatusCode.OK)
        {
            (status, message) = (StatusCode.Internal, "the response ended inside a message frame");
        }

        return new RawGrpcResult((int)response.StatusCode, status, message, details, messages, trailersOnly, headers, trailers);
    }

    // Unpadded, as gRPC implementations write it.
    private static GoogleRpcStatus DecodeStatus(string base64)
    {
        var text = base64.Trim();
        return GoogleRpcStatus.Parser.ParseFrom(Convert.FromBase64String(text + new string('=', (4 - (text.Length % 4)) % 4)));
    }

    // The gRPC spec's mapping for answers that carry no grpc-status.
    private static StatusCode FromHttpStatus(HttpStatusCode code) => code switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    private static Dictionary<string, string> Flatten(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            result[name.ToLowerInvariant()] = string.Join(",", values);
        }

        return result;
    }
}
