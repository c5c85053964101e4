using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.Faults;

/// <summary>
/// Switches for injected failures. Rates are probabilities (0..1) drawn from a Random seeded with
/// <see cref="Seed"/>, so a run with the same settings and the same requests fails the same way.
/// </summary>
public sealed record FaultSettings
{
    [JsonPropertyName("seed")]
    public int Seed { get; init; } = 1;

    /// <summary>Added to every SCP API request before it is handled.</summary>
    [JsonPropertyName("latency_ms")]
    public int LatencyMs { get; init; }

    [JsonPropertyName("rate_429")]
    public double Rate429 { get; init; }

    /// <summary>Value of the Retry-After header sent with an injected 429.</summary>
    [JsonPropertyName("retry_after_seconds")]
    public int RetryAfterSeconds { get; init; } = 1;

    [JsonPropertyName("rate_500")]
    public double Rate500 { get; init; }

    [JsonPropertyName("rate_503")]
    public double Rate503 { get; init; }

    /// <summary>Abort the connection without an answer.</summary>
    [JsonPropertyName("rate_reset")]
    public double RateReset { get; init; }

    /// <summary>Do the operation, then answer 504 as if a proxy timed out.</summary>
    [JsonPropertyName("rate_504_after_processing")]
    public double Rate504AfterProcessing { get; init; }

    /// <summary>Answer 409 "concurrent modification, try again" without doing the operation.</summary>
    [JsonPropertyName("rate_409")]
    public double Rate409 { get; init; }

    /// <summary>GETs of an object (and lists containing it) miss it for this long after it was created.</summary>
    [JsonPropertyName("not_found_after_create_ms")]
    public int NotFoundAfterCreateMs { get; init; }

    /// <summary>Only these operations (e.g. CreateApi) get faults; empty means all.</summary>
    [JsonPropertyName("operations")]
    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>Only these HTTP methods (e.g. POST) get faults; empty means all.</summary>
    [JsonPropertyName("methods")]
    public IReadOnlyList<string> Methods { get; init; } = [];
}
