using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>The three shapes of SCP calls (read, send a JSON body, delete) over one transport.</summary>
internal sealed class ScpJsonCalls(ScpTransport transport)
{
    public Task<T> GetAsync<T>(
        string operation, string path, JsonTypeInfo<T> answer, CancellationToken cancellationToken,
        IReadOnlyList<KeyValuePair<string, string>>? query = null)
        where T : class =>
        transport.SendAsync(
            new ScpRequest(operation, HttpMethod.Get, path) { Query = query ?? [] },
            Reader(answer), findExisting: null, cancellationToken);

    public Task<T> SendAsync<TBody, T>(
        string operation, HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<T> answer, CancellationToken cancellationToken,
        ExistingLookup<T>? findExisting = null, bool safeToRepeat = false)
        where T : class =>
        transport.SendAsync(
            new ScpRequest(operation, method, path) { SafeToRepeat = safeToRepeat }.WithBody(body, bodyType),
            Reader(answer), findExisting, cancellationToken);

    public Task DeleteAsync(string operation, string path, CancellationToken cancellationToken) =>
        transport.SendAsync(new ScpRequest(operation, HttpMethod.Delete, path), cancellationToken);

    private static Func<string, T> Reader<T>(JsonTypeInfo<T> answer) =>
        text => JsonSerializer.Deserialize(text, answer) ?? throw new JsonException("The answer was empty (null).");
}
