using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>One SCP operation call before it is signed: what, where, and the JSON body bytes.</summary>
internal sealed record ScpRequest(string Operation, HttpMethod Method, string Path)
{
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    public byte[]? Body { get; init; }

    /// <summary>
    /// A POST that may be repeated when its outcome is unknown because applying it twice has
    /// the same effect as once (e.g. adding the same IPs to an allow list).
    /// </summary>
    public bool SafeToRepeat { get; init; }

    public ScpRequest WithBody<T>(T body, JsonTypeInfo<T> typeInfo) =>
        this with { Body = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo) };

    public ScpRequest WithQuery(IReadOnlyList<KeyValuePair<string, string>> query) => this with { Query = query };
}
