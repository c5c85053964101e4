using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// A unary gRPC client over HttpClient with HTTP/2 prior knowledge (h2c). It sends
/// <c>grpc-timeout</c> but leaves enforcing it to the server, so callers see the server's status.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri baseAddress;

    /// <param name="address">"host:port" (as engines pass it) or an http:// URL.</param>
    public GrpcClient(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        baseAddress = new Uri(address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address);
        http = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Calls a method and returns its reply, or throws <see cref="RpcException"/> with the status and details.</summary>
    public async Task<TResponse> CallAsync<TResponse>(
        string method,
        IMessage request,
        MessageParser<TResponse> parser,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parser);
        var result = await SendAsync(method, MessageFraming.Encode(request), timeout, cancellationToken).ConfigureAwait(false);
        if (result.Status != StatusCode.OK)
        {
            throw new RpcException(result.Status, result.Message, result.Details?.Details.ToArray() ?? []);
        }

        if (result.Messages.Count != 1)
        {
            throw new RpcException(StatusCode.Internal, $"expected one response message, got {result.Messages.Count}");
        }

        return parser.ParseFrom(result.Messages[0]);
    }

    /// <summary>Sends <paramref name="body"/> exactly as given (any bytes, framed or not) and reports the answer.</summary>
    public async Task<GrpcCallResult> SendAsync(
        string method,
        byte[] body,
        TimeSpan? timeout,
        CancellationToken cancellationToken,
        string contentType = GrpcHeaders.ContentType,
        IEnumerable<KeyValuePair<string, string>>? extraHeaders = null)
    {
        // Version set per request: HttpClient's defaults apply only to its convenience methods.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (timeout is { } t)
        {
            request.Headers.TryAddWithoutValidation(GrpcHeaders.Timeout, GrpcTimeout.Format(t));
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

    private static GrpcCallResult Interpret(HttpResponseMessage response, byte[] payload)
    {
        var headers = Flatten(response.Headers.Concat(response.Content.Headers));
        var trailers = Flatten(response.TrailingHeaders);
        var trailersOnly = headers.ContainsKey(GrpcHeaders.Status);
        var statusSource = trailersOnly ? headers : trailers;

        StatusCode status;
        if (statusSource.TryGetValue(GrpcHeaders.Status, out var statusText)
            && int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            status = (StatusCode)code;
        }
        else
        {
            status = FromHttpStatus(response.StatusCode);
        }

        var message = statusSource.TryGetValue(GrpcHeaders.Message, out var encoded)
            ? GrpcMessageText.Decode(encoded)
            : status == StatusCode.OK ? string.Empty : $"no grpc-status received (HTTP {(int)response.StatusCode})";
        var details = StatusDetails.TryDecode(statusSource.GetValueOrDefault(GrpcHeaders.StatusDetails));

        var messages = new List<byte[]>();
        var buffer = new ReadOnlySequence<byte>(payload);
        try
        {
            while (MessageFraming.TryReadFrame(ref buffer, int.MaxValue, out var frame))
            {
                messages.Add(frame.ToArray());
            }
        }
        catch (RpcException ex)
        {
            return new GrpcCallResult((int)response.StatusCode, ex.Status, ex.Message, null, messages, trailersOnly, headers, trailers);
        }

        if (!buffer.IsEmpty && status == StatusCode.OK)
        {
            status = StatusCode.Internal;
            message = "the response ended inside a message frame";
        }

        return new GrpcCallResult((int)response.StatusCode, status, message, details, messages, trailersOnly, headers, trailers);
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
