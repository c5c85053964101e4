using System.Net;
using System.Text.Json;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>
/// Sends SCP calls: signs each attempt, bounds it by the per-attempt timeout, retries transient
/// failures with backoff, never blindly repeats a POST whose outcome is unknown, and turns every
/// failure into one <see cref="ScpApiException"/>.
/// </summary>
internal sealed class ScpTransport
{
    private readonly HttpClient _http;
    private readonly ScpService _service;
    private readonly ScpSettings _settings;
    private readonly ScpClientOptions _options;
    private readonly ScpHeaders _headers;
    private readonly BackoffPolicy _backoff;
    private readonly SecretScrubber _scrubber;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public ScpTransport(HttpClient http, ScpService service, ScpSettings settings, ScpClientOptions options)
    {
        _http = http;
        _service = service;
        _settings = settings;
        _options = options;
        _headers = new ScpHeaders(settings, service, options.ProviderVersion);
        _backoff = new BackoffPolicy(options.BaseDelay, options.MaxDelay, options.MaxRetryAfter, options.Jitter ?? Random.Shared);
        _scrubber = new SecretScrubber([settings.SecretKey, settings.AccessKey]);
        _delay = options.Delay ?? ((wait, ct) => Task.Delay(wait, options.Time, ct));
    }

    /// <summary>Sends a call whose answer has no body worth reading (204, or ignored).</summary>
    public Task SendAsync(ScpRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, static _ => new object(), findExisting: null, cancellationToken);

    /// <summary>
    /// Sends a call and reads its answer. <paramref name="findExisting"/> (POSTs only) looks the
    /// object up by its unique name when a create's outcome is unknown, or before the first attempt
    /// of a resumed create (<see cref="ExistingLookup{T}.LookFirst"/>); a found object is adopted instead of posting (again).
    /// </summary>
    public async Task<T> SendAsync<T>(
        ScpRequest request,
        Func<string, T> readBody,
        ExistingLookup<T>? findExisting,
        CancellationToken cancellationToken)
        where T : class
    {
        var uri = ScpUrl.Compose(_service.BaseUri, request.Path, request.Query);
        var mustNotRepeat = request.Method == HttpMethod.Post && !request.SafeToRepeat;
        var earlierMayHaveApplied = false;
        if (mustNotRepeat && findExisting is { LookFirst: true })
        {
            // An interrupted earlier run may have made the object already: adopt it rather than post a duplicate.
            var earlier = await FindExistingAsync(findExisting.Find, cancellationToken).ConfigureAwait(false);
            if (earlier is not null)
            {
                return earlier;
            }
        }
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await AttemptAsync(request, uri, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return Read(request.Operation, result, readBody);
            }
            var error = result.Error!;
            // A conflict after an earlier attempt with unknown outcome most likely means that
            // attempt did create the object but the lookup did not see it yet: look again.
            var conflictWithEarlier = earlierMayHaveApplied && error.IsConflict;
            if (mustNotRepeat && (result.MayHaveApplied || conflictWithEarlier))
            {
                if (findExisting is null)
                {
                    throw OutcomeUnknown(request.Operation, result, "not repeated, to avoid creating a duplicate");
                }
                var existing = await FindExistingAsync(findExisting.Find, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    return existing;
                }
                earlierMayHaveApplied = true;
            }
            // Such a conflict is also worth another round: once SCP lists the object, the lookup adopts it.
            if (!(result.Retryable || conflictWithEarlier) || attempt >= _settings.MaxRetries)
            {
                // The lookup missed, yet an earlier or this attempt may have created the object.
                throw mustNotRepeat && (result.MayHaveApplied || earlierMayHaveApplied)
                    ? OutcomeUnknown(request.Operation, result, "the lookup did not find the object, but it may exist")
                    : error;
            }
            var wait = _backoff.Next(attempt, result.RetryAfter);
            _options.OnRetry?.Invoke(new ScpRetryNotice(request.Operation, attempt + 1, result.Reason, wait));
            await _delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The lookup after an unknown outcome. A 404 there means the object's parent (made moments
    /// ago) is not readable yet either, so it is "not found yet", and the create goes on.
    /// </summary>
    private static async Task<T?> FindExistingAsync<T>(Func<CancellationToken, Task<T?>> findExisting, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await findExisting(cancellationToken).ConfigureAwait(false);
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
            return null;
        }
    }

    private async Task<AttemptResult> AttemptAsync(ScpRequest request, Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = new HttpRequestMessage(request.Method, uri);
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }
        _headers.Apply(message, _options.Time.GetUtcNow().ToUnixTimeMilliseconds());
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? new AttemptResult { Status = response.StatusCode, Body = text }
                : Rejected(request.Operation, response, text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            var detail = $"no answer from {_service.Name} within {_settings.RequestTimeout.TotalSeconds:0.#} s";
            return new AttemptResult
            {
                Error = new ScpApiException(request.Operation, null, detail, ScpErrorHints.Unreachable),
                Retryable = true,
                MayHaveApplied = true,
                Reason = "timeout",
            };
        }
        catch (Exception e) when (RetryRules.IsTransportFailure(e))
        {
            var detail = $"could not talk to {_service.Name} at {uri.GetLeftPart(UriPartial.Authority)}: {e.Message}";
            return new AttemptResult
            {
                Error = new ScpApiException(request.Operation, null, detail, ScpErrorHints.Unreachable, e),
                Retryable = true,
                MayHaveApplied = !RetryRules.FailedBeforeSending(e),
                Reason = "connection failure",
            };
        }
    }

    private AttemptResult Rejected(string operation, HttpResponseMessage response, string text)
    {
        var status = response.StatusCode;
        var detail = _scrubber.Scrub(ScpErrorBody.Detail(text));
        return new AttemptResult
        {
            Status = status,
            Error = new ScpApiException(operation, status, detail, ScpErrorHints.ForStatus(status)),
            Retryable = RetryRules.IsRetryableStatus(status, detail),
            MayHaveApplied = RetryRules.LeavesOutcomeUnknown(status),
            RetryAfter = Http.RetryAfter.From(response.Headers.RetryAfter, _options.Time.GetUtcNow()),
            Reason = $"HTTP {(int)status}",
        };
    }

    private static ScpApiException OutcomeUnknown(string operation, AttemptResult result, string why)
    {
        var error = result.Error!;
        var detail = $"the outcome is unknown ({error.Detail}); {why}";
        return new ScpApiException(operation, result.Status, detail, ScpErrorHints.OutcomeUnknown, error.InnerException)
        {
            OutcomeUnknown = true,
        };
    }

    private static T Read<T>(string operation, AttemptResult result, Func<string, T> readBody)
    {
        try
        {
            return readBody(result.Body);
        }
        catch (JsonException e)
        {
            // JsonException text names the JSON path, not the values, so it cannot leak a key.
            throw new ScpApiException(operation, result.Status, $"could not read SCP's answer: {e.Message}",
                "the service answered in an unexpected shape; check that the endpoint is SCP API Gateway or Queue Service", e);
        }
    }
}
