using Google.Protobuf;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// Serves one HTTP/2 request as a unary gRPC call: validates it, reads the request message,
/// runs the handler under the call's token, and writes the reply or a trailers-only error.
/// </summary>
internal sealed class UnaryCallHandler(RpcMethodTable methods, RpcServerOptions options, ServerCancellation cancellation)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
            return;
        }

        if (!GrpcHeaders.IsGrpcContentType(request.ContentType))
        {
            // The gRPC spec answers a non-gRPC content type with HTTP 415.
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            WriteTrailersOnly(http, new RpcException(StatusCode.Internal, $"invalid gRPC request content-type '{request.ContentType}'"));
            return;
        }

        var outcome = await RunCallAsync(http).ConfigureAwait(false);
        if (http.RequestAborted.IsCancellationRequested)
        {
            return; // Nobody is listening any more.
        }

        try
        {
            if (outcome.Reply is { } reply)
            {
                await WriteReplyAsync(http, reply).ConfigureAwait(false);
            }
            else
            {
                WriteTrailersOnly(http, outcome.Error!);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away while we answered; the server carries on.
        }
    }

    private async Task<(IMessage? Reply, RpcException? Error)> RunCallAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (!methods.TryGet(path, out var method))
        {
            return (null, new RpcException(StatusCode.Unimplemented, $"unknown method {path}"));
        }

        var encoding = http.Request.Headers[GrpcHeaders.Encoding].ToString();
        if (encoding.Length > 0 && !string.Equals(encoding, GrpcHeaders.Identity, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RpcException(StatusCode.Unimplemented, $"message encoding '{encoding}' is not supported; use identity"));
        }

        var timeoutHeader = http.Request.Headers[GrpcHeaders.Timeout].ToString();
        TimeSpan? timeout = null;
        if (timeoutHeader.Length > 0)
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var parsed))
            {
                return (null, new RpcException(StatusCode.Internal, $"malformed grpc-timeout '{timeoutHeader}'"));
            }

            timeout = parsed <= GrpcTimeout.Longest ? parsed : null;
        }

        return await RunWithDeadlineAsync(http, method, timeout).ConfigureAwait(false);
    }

    private async Task<(IMessage? Reply, RpcException? Error)> RunWithDeadlineAsync(HttpContext http, RpcMethod method, TimeSpan? timeout)
    {
        using var deadline = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, http.RequestAborted, cancellation.Token);
        DateTimeOffset? deadlineAt = null;
        if (timeout is { } t)
        {
            deadlineAt = DateTimeOffset.UtcNow + t;
            if (t > TimeSpan.Zero)
            {
                deadline.CancelAfter(t);
            }
            else
            {
                // Already expired on arrival (CancelAfter(0) would only fire on a timer tick).
                await deadline.CancelAsync().ConfigureAwait(false);
            }
        }

        var context = new RpcContext(method.FullName, deadlineAt, linked.Token);
        var call = InvokeAsync(http, method, context);

        // A handler that ignores its token must not hold the caller past its deadline:
        // whichever comes first, the handler's answer or the token, decides the reply.
        var tokenFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (linked.Token.Register(() => tokenFired.TrySetResult()))
        {
            await Task.WhenAny(call, tokenFired.Task).ConfigureAwait(false);
        }

        // Cancel (not a deadline, not a caller gone): the handler's own answer is worth a short wait.
        if (!call.IsCompleted && cancellation.IsCancellationRequested && !deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await Task.WhenAny(call, Task.Delay(options.CancelGrace, http.RequestAborted)).ConfigureAwait(false);
        }

        // Past the deadline the caller has stopped waiting, so even a finished call answers
        // DEADLINE_EXCEEDED, as the caller itself would report.
        if (call.IsCompleted && !deadline.IsCancellationRequested)
        {
            var result = await call.ConfigureAwait(false);
            var cancelledByUs = result.Error is { Status: StatusCode.Cancelled } && linked.IsCancellationRequested;
            if (!cancelledByUs)
            {
                return result;
            }
        }

        return (null, CancelledError(deadline.IsCancellationRequested));
    }

    private async Task<(IMessage? Reply, RpcException? Error)> InvokeAsync(HttpContext http, RpcMethod method, RpcContext context)
    {
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var message = await RequestMessageReader.ReadAsync(
                http.Request.BodyReader, method.ParseRequest, options.MaxReceiveMessageBytes, context.CancellationToken).ConfigureAwait(false);
            var reply = await method.Handle(message, context).ConfigureAwait(false);
            return (reply, null);
        }
        catch (RpcException ex)
        {
            return (null, ex);
        }
        catch (OperationCanceledException)
        {
            return (null, new RpcException(StatusCode.Cancelled, "the call was cancelled"));
        }
        catch (Exception ex)
        {
            // Message text only: stack traces and inner details never leave the process.
            return (null, new RpcException(StatusCode.Internal, ex.Message));
        }
    }

    private static RpcException CancelledError(bool deadlinePassed) =>
        deadlinePassed
            ? new RpcException(StatusCode.DeadlineExceeded, "the call's deadline passed before it finished")
            : new RpcException(StatusCode.Cancelled, "the call was cancelled");

    private static async Task WriteReplyAsync(HttpContext http, IMessage reply)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcHeaders.ContentType;
        response.Headers[GrpcHeaders.AcceptEncoding] = GrpcHeaders.Identity;
        await response.BodyWriter.WriteAsync(MessageFraming.Encode(reply), http.RequestAborted).ConfigureAwait(false);
        response.AppendTrailer(GrpcHeaders.Status, "0");
    }

    /// <summary>An error answer with the status in the headers and no body or trailers.</summary>
    private static void WriteTrailersOnly(HttpContext http, RpcException error)
    {
        var response = http.Response;
        response.ContentType = GrpcHeaders.ContentType;
        response.Headers[GrpcHeaders.AcceptEncoding] = GrpcHeaders.Identity;
        response.Headers[GrpcHeaders.Status] = ((int)error.Status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers[GrpcHeaders.Message] = GrpcMessageText.Encode(error.Message);
        var status = new Status { Code = (int)error.Status, Message = error.Message };
        status.Details.AddRange(error.Details);
        response.Headers[GrpcHeaders.StatusDetails] = StatusDetails.Encode(status);
    }
}
