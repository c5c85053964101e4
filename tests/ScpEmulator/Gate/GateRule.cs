using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.Gate;

/// <summary>
/// Which SCP calls a closed gate holds (body of <c>PUT /_emulator/gate</c>). Every non-empty list must
/// match; an empty list matches everything, so <c>{}</c> holds every call.
/// </summary>
public sealed record GateRule
{
    /// <summary>Operation names, e.g. <c>ShowApi</c>, <c>CreateQueue</c>.</summary>
    [JsonPropertyName("operations")]
    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>HTTP methods, e.g. <c>GET</c>.</summary>
    [JsonPropertyName("methods")]
    public IReadOnlyList<string> Methods { get; init; } = [];

    /// <summary>
    /// Starts of the name of the object the call is about: the <c>name</c> in a create's body, else the
    /// Api or Queue its path names. A call about no named object never matches a non-empty list.
    /// </summary>
    [JsonPropertyName("name_prefixes")]
    public IReadOnlyList<string> NamePrefixes { get; init; } = [];

    public bool Matches(string operation, string method) =>
        (Operations.Count == 0 || Operations.Contains(operation, StringComparer.OrdinalIgnoreCase))
        && (Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase));

    public bool MatchesName(string? objectName) =>
        NamePrefixes.Count == 0
        || (objectName is not null && NamePrefixes.Any(prefix => objectName.StartsWith(prefix, StringComparison.Ordinal)));
}
