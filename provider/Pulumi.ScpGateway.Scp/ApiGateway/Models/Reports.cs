using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>Daily call statistics of a stage. Latencies are documented as objects but shown as numbers, so they stay raw.</summary>
public sealed record Report
{
    public long CallCount { get; init; }
    public string Date { get; set; } = "";
    [JsonPropertyName("error_4xx_count")]
    public long Error4xxCount { get; init; }
    [JsonPropertyName("error_5xx_count")]
    public long? Error5xxCount { get; init; }
    public JsonElement? IntegrationLatency { get; init; }
    public JsonElement? Latency { get; init; }
}

public sealed record TopResource
{
    public long CallCount { get; init; }
    public string Name { get; set; } = "";
    public string Path { get; set; } = "";
    public string Type { get; set; } = "";
}

public sealed record ReportListResponse
{
    public int Count { get; init; }
    public IReadOnlyList<Report> Reports { get; set; } = [];
    public IReadOnlyList<TopResource> TopResources { get; set; } = [];
}

/// <summary>List Reports: all three are required; dates as yyyy-MM-dd.</summary>
public sealed record ReportQuery(string StageName, string StartDate, string EndDate)
{
    public List<KeyValuePair<string, string>> ToPairs() =>
        [new("stage_name", StageName), new("start_date", StartDate), new("end_date", EndDate)];
}
