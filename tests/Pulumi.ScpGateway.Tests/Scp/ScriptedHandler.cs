using System.Net;
using System.Text;

namespace Pulumi.ScpGateway.Tests.Scp;

/// <summary>One request as the handler saw it (copied, since the message is disposed after sending).</summary>
public sealed record SeenRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType);

/// <summary>
/// An HttpMessageHandler that answers from a script, one step per request, and records what
/// was asked. The last step repeats when the script runs out.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _steps = new();
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _last;

    public List<SeenRequest> Requests { get; } = [];

    public ScriptedHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _steps.Enqueue(step);
        return this;
    }

    public ScriptedHandler ThenAnswer(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? shape = null) =>
        Then((_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
            shape?.Invoke(response);
            return Task.FromResult(response);
        });

    public ScriptedHandler ThenThrow(Exception exception) => Then((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers: waits until the attempt is cancelled (per-attempt timeout or caller).</summary>
    public ScriptedHandler ThenHang() => Then(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    public IEnumerable<SeenRequest> Posts => Requests.Where(r => r.Method == HttpMethod.Post);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new SeenRequest(request.Method, request.RequestUri!, headers, body, request.Content?.Headers.ContentType?.ToString()));
        if (_steps.TryDequeue(out var step))
        {
            _last = step;
        }
        var current = _last ?? throw new InvalidOperationException("The script has no steps.");
        return await current(request, cancellationToken);
    }
}
