using System.Text.Json;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("ReportInfo", "One day of a stage's traffic.")]
public record ReportInfo
{
    [Output("date", "The day.")]
    public string Date { get; init; } = "";

    [Output("callCount", "Calls on that day.")]
    public long CallCount { get; init; }

    [Output("error4xxCount", "Calls answered with a 4xx status.")]
    public long Error4xxCount { get; init; }

    [Output("error5xxCount", "Calls answered with a 5xx status.")]
    public long Error5xxCount { get; init; }

    [Output("latency", "Latency as SCP reports it (JSON text), when it does.")]
    public string? Latency { get; init; }

    [Output("integrationLatency", "Backend latency as SCP reports it (JSON text), when it does.")]
    public string? IntegrationLatency { get; init; }

    public static ReportInfo From(Report report) => new()
    {
        Date = report.Date,
        CallCount = report.CallCount,
        Error4xxCount = report.Error4xxCount,
        Error5xxCount = report.Error5xxCount ?? 0,
        Latency = Text(report.Latency),
        IntegrationLatency = Text(report.IntegrationLatency),
    };

    // SCP leaves the shape of latency undocumented, so it is passed on as written.
    private static string? Text(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } element ? element.GetRawText() : null;
}
